package org.stancegraph.nlp;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RuleLemmatizerTest {

    private final RuleLemmatizer lemmas = RuleLemmatizer.english();

    @Test
    void nounsLoseTheirPlural() {
        expect(
                "NOUN",
                Map.ofEntries(
                        Map.entry("ministers", "minister"),
                        Map.entry("Ministers", "minister"),
                        Map.entry("spokeswoman", "spokeswoman"),
                        Map.entry("spokesmen", "spokesman"),
                        Map.entry("chairwomen", "chairwoman"),
                        Map.entry("ministries", "ministry"),
                        Map.entry("embassies", "embassy"),
                        Map.entry("ties", "tie"),
                        Map.entry("offices", "office"),
                        Map.entry("sources", "source"),
                        Map.entry("aides", "aide"),
                        Map.entry("approaches", "approach"),
                        Map.entry("witnesses", "witness"),
                        Map.entry("taxes", "tax"),
                        Map.entry("purposes", "purpose"),
                        Map.entry("causes", "cause"),
                        Map.entry("bonuses", "bonus"),
                        Map.entry("heroes", "hero"),
                        Map.entry("shoes", "shoe"),
                        Map.entry("ideas", "idea"),
                        Map.entry("days", "day")));
    }

    @Test
    void nounsThatEndInSOrAreIrregularComeFromTheTable() {
        expect(
                "NOUN",
                Map.ofEntries(
                        Map.entry("news", "news"),
                        Map.entry("series", "series"),
                        Map.entry("business", "business"),
                        Map.entry("status", "status"),
                        Map.entry("crisis", "crisis"),
                        Map.entry("crises", "crisis"),
                        Map.entry("movies", "movie"),
                        Map.entry("buses", "bus"),
                        Map.entry("headaches", "headache"),
                        Map.entry("children", "child"),
                        Map.entry("lives", "life"),
                        Map.entry("specimen", "specimen"),
                        Map.entry("people", "people"),
                        Map.entry("troop", "troop")));
    }

    @Test
    void regularVerbsLoseTheirInflection() {
        expect(
                "VERB",
                Map.ofEntries(
                        Map.entry("warned", "warn"),
                        Map.entry("warning", "warn"),
                        Map.entry("warns", "warn"),
                        Map.entry("denies", "deny"),
                        Map.entry("denied", "deny"),
                        Map.entry("denying", "deny"),
                        Map.entry("dies", "die"),
                        Map.entry("says", "say"),
                        Map.entry("played", "play"),
                        Map.entry("pushes", "push"),
                        Map.entry("vetoes", "veto"),
                        Map.entry("states", "state"),
                        Map.entry("criticizes", "criticize"),
                        Map.entry("stressed", "stress"),
                        Map.entry("expresses", "express"),
                        Map.entry("called", "call"),
                        Map.entry("backed", "back"),
                        Map.entry("condemned", "condemn")));
    }

    @Test
    void aStemGetsBackItsSilentE() {
        expect(
                "VERB",
                Map.ofEntries(
                        Map.entry("ruled", "rule"),
                        Map.entry("ruling", "rule"),
                        Map.entry("noted", "note"),
                        Map.entry("stated", "state"),
                        Map.entry("voted", "vote"),
                        Map.entry("disputed", "dispute"),
                        Map.entry("negotiated", "negotiate"),
                        Map.entry("urged", "urge"),
                        Map.entry("pledging", "pledge"),
                        Map.entry("changed", "change"),
                        Map.entry("declined", "decline"),
                        Map.entry("declining", "decline"),
                        Map.entry("criticised", "criticise"),
                        Map.entry("proposed", "propose"),
                        Map.entry("endorsing", "endorse"),
                        Map.entry("announced", "announce"),
                        Map.entry("arguing", "argue"),
                        Map.entry("moved", "move"),
                        Map.entry("welcomed", "welcome"),
                        Map.entry("invoked", "invoke"),
                        Map.entry("described", "describe"),
                        Map.entry("decided", "decide"),
                        Map.entry("declared", "declare"),
                        Map.entry("acquired", "acquire"),
                        Map.entry("hoped", "hope"),
                        Map.entry("tackled", "tackle"),
                        Map.entry("compiled", "compile"),
                        Map.entry("breathed", "breathe")));
    }

    @Test
    void aStemWithoutSilentEKeepsItsLastLetter() {
        expect(
                "VERB",
                Map.ofEntries(
                        Map.entry("visited", "visit"),
                        Map.entry("targeted", "target"),
                        Map.entry("treated", "treat"),
                        Map.entry("floated", "float"),
                        Map.entry("insisted", "insist"),
                        Map.entry("developed", "develop"),
                        Map.entry("opened", "open"),
                        Map.entry("cautioned", "caution"),
                        Map.entry("considered", "consider"),
                        Map.entry("appeared", "appear"),
                        Map.entry("revealed", "reveal"),
                        Map.entry("belonging", "belong"),
                        Map.entry("performed", "perform"),
                        Map.entry("reached", "reach")));
    }

    @Test
    void aDoubledConsonantIsUndoubledAfterAShortVowel() {
        expect(
                "VERB",
                Map.ofEntries(
                        Map.entry("planned", "plan"),
                        Map.entry("stopping", "stop"),
                        Map.entry("committed", "commit"),
                        Map.entry("admitted", "admit"),
                        Map.entry("referred", "refer"),
                        Map.entry("equipped", "equip"),
                        Map.entry("controlled", "control"),
                        Map.entry("travelling", "travel"),
                        Map.entry("spelled", "spell"),
                        Map.entry("added", "add")));
    }

    @Test
    void theTableSettlesWhatTheRulesCannot() {
        expect(
                "VERB",
                Map.ofEntries(
                        Map.entry("said", "say"),
                        Map.entry("told", "tell"),
                        Map.entry("wrote", "write"),
                        Map.entry("written", "write"),
                        Map.entry("writing", "write"),
                        Map.entry("bringing", "bring"),
                        Map.entry("setting", "set"),
                        Map.entry("created", "create"),
                        Map.entry("cited", "cite"),
                        Map.entry("underscored", "underscore"),
                        Map.entry("focused", "focus"),
                        Map.entry("focuses", "focus"),
                        Map.entry("agreed", "agree"),
                        Map.entry("proceed", "proceed"),
                        Map.entry("needed", "need"),
                        Map.entry("dying", "die")));
        expect("AUX", Map.of("was", "be", "'s", "be", "has", "have", "did", "do", "wo", "will", "could", "could"));
    }

    @Test
    void otherWordsAreOnlyLowerCased() {
        assertAll(
                () -> assertEquals("the", lemmas.lemma("The", "DET")),
                () -> assertEquals("official", lemmas.lemma("official", "ADJ")),
                () -> assertEquals("larger", lemmas.lemma("larger", "ADJ")),
                () -> assertEquals("ministers", lemmas.lemma("Ministers", "PROPN")),
                () -> assertEquals("reyes", lemmas.lemma("Reyes", "PROPN")),
                () -> assertEquals("u.s.", lemmas.lemma("U.S.", "PROPN")));
    }

    @Test
    void anAbbreviationInThePluralLosesItsS() {
        assertAll(
                () -> assertEquals("ngo", lemmas.lemma("NGOs", "PROPN")),
                () -> assertEquals("ceo", lemmas.lemma("CEOs", "NOUN")),
                () -> assertEquals("nato", lemmas.lemma("NATO", "PROPN")));
    }

    private void expect(String pos, Map<String, String> lemmaOf) {
        assertAll(lemmaOf.entrySet().stream().map(e ->
                (Executable) () -> assertEquals(e.getValue(), lemmas.lemma(e.getKey(), pos), pos + " " + e.getKey())));
    }
}
