package org.stancegraph.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.stancegraph.bundle.OntologyFiles;
import org.stancegraph.model.SpeechAct;
import org.stancegraph.model.Stance;
import org.stancegraph.vocab.SG;

/**
 * The word lists of {@code ontology/lexicon.ttl}: reporting and stance verbs with the act they
 * perform and the stance they imply, stance cue phrases, and the nouns that name unnamed sources
 * and institutions.
 *
 * <pre>{@code
 * Lexicon lexicon = Lexicon.load();
 * VerbSense sense = lexicon.verb("reject");   // rejects, against
 * }</pre>
 */
public final class Lexicon {

    /** What a verb means here: the local name of its speech act and the stance it implies. */
    public record VerbSense(String lemma, SpeechAct act, Stance stance) {

        private static final SpeechAct SUPPORTS = new SpeechAct("supports");
        private static final SpeechAct REJECTS = new SpeechAct("rejects");

        /**
         * The sense under a negation: not backing something rejects it, not ruling it out keeps it
         * open (supports it, as refusing to rule it out does); a negated neutral verb stays neutral.
         */
        public VerbSense negated() {
            return switch (stance) {
                case FAVOUR -> new VerbSense(lemma, REJECTS, Stance.AGAINST);
                case AGAINST -> new VerbSense(lemma, SUPPORTS, Stance.FAVOUR);
                case NEUTRAL -> this;
            };
        }
    }

    /** Where the proposition a stance cue judges stands, relative to the cue. */
    public enum Scope {
        PRECEDING,
        FOLLOWING,
        EITHER,
        /** Either side, but only a proposition named in the cue's own sentence: "should" alone judges nothing. */
        NAMED
    }

    /** A stance cue: the stance it decides and where its proposition stands. */
    public record Cue(Stance stance, Scope scope) {}

    private final Map<String, VerbSense> verbs = new HashMap<>();
    private final Map<String, VerbSense> sideNouns = new HashMap<>();
    private final Map<String, Cue> cues = new HashMap<>();
    private final Set<String> sourceNouns = new HashSet<>();
    private final Set<String> institutionNouns = new HashSet<>();
    private final Set<String> governmentNouns = new HashSet<>();
    private final Set<String> titleWords = new HashSet<>();
    private final Set<String> firstNameTitles = new HashSet<>();
    private final Set<String> spokesNouns = new HashSet<>();
    private final Set<String> referringNouns = new HashSet<>();
    private final Set<String> eventNouns = new HashSet<>();
    private final Map<String, String> demonymOf = new HashMap<>();
    private final Map<String, String> countryCodes = new HashMap<>();
    /** The multi-word verbs by their first word, longest first: built once, as the attribution rules ask at every token. */
    private final Map<String, List<List<String>>> phrasalVerbsByFirstWord;

    private Lexicon(Model model) {
        model.listSubjectsWithProperty(RDF.type, SG.VerbEntry).forEach(entry -> verbs.put(lemma(entry), sense(entry)));
        model.listSubjectsWithProperty(RDF.type, SG.SideNoun)
                .forEach(entry -> sideNouns.put(lemma(entry), sense(entry)));
        model.listSubjectsWithProperty(RDF.type, SG.StanceCue)
                .forEach(cue -> cues.put(
                        cue.getProperty(SG.phrase).getString().toLowerCase(Locale.ROOT),
                        new Cue(stance(cue.getPropertyResourceValue(SG.impliesStance)), scope(cue))));
        model.listSubjectsWithProperty(RDF.type, SG.SourceNoun).forEach(n -> sourceNouns.add(lemma(n)));
        model.listSubjectsWithProperty(RDF.type, SG.InstitutionNoun).forEach(n -> institutionNouns.add(lemma(n)));
        // sg:GovernmentNoun is a subclass of sg:InstitutionNoun: an entry typed only as the former is both.
        model.listSubjectsWithProperty(RDF.type, SG.GovernmentNoun).forEach(n -> {
            governmentNouns.add(lemma(n));
            institutionNouns.add(lemma(n));
        });
        model.listSubjectsWithProperty(RDF.type, SG.TitleWord).forEach(n -> titleWords.add(lemma(n)));
        // sg:FirstNameTitle is a subclass of sg:TitleWord: an entry typed only as the former is both.
        model.listSubjectsWithProperty(RDF.type, SG.FirstNameTitle).forEach(n -> {
            firstNameTitles.add(lemma(n));
            titleWords.add(lemma(n));
        });
        model.listSubjectsWithProperty(RDF.type, SG.SpokesNoun).forEach(n -> spokesNouns.add(lemma(n)));
        model.listSubjectsWithProperty(RDF.type, SG.ReferringNoun).forEach(n -> referringNouns.add(lemma(n)));
        model.listSubjectsWithProperty(RDF.type, SG.EventNoun).forEach(n -> eventNouns.add(lemma(n)));
        model.listSubjectsWithProperty(RDF.type, SG.Country).forEach(c -> {
            String name = c.getProperty(SG.countryName).getString().toLowerCase(Locale.ROOT);
            String demonym = c.getProperty(SG.demonym).getString();
            String code = c.getProperty(SG.country).getString();
            demonymOf.put(name, demonym);
            countryCodes.put(name, code);
            countryCodes.put(demonym.toLowerCase(Locale.ROOT), code);
        });
        phrasalVerbsByFirstWord = verbs.keySet().stream()
                .filter(l -> l.contains(" "))
                .map(l -> List.of(l.split(" ")))
                .sorted((a, b) -> b.size() - a.size())
                .collect(Collectors.groupingBy(words -> words.get(0)));
    }

    /** The lexicon shipped in {@code ontology/lexicon.ttl}. */
    public static Lexicon load() {
        return new Lexicon(OntologyFiles.bundled("lexicon.ttl"));
    }

    /** A lexicon read from {@code model}, for tests and for researchers' own word lists. */
    public static Lexicon of(Model model) {
        return new Lexicon(model);
    }

    private static String lemma(Resource entry) {
        return entry.getProperty(SG.lemma).getString().toLowerCase(Locale.ROOT);
    }

    /** What an entry with a lemma, an act and a stance means: a verb's sense, or a side noun's. */
    private static VerbSense sense(Resource entry) {
        return new VerbSense(
                lemma(entry),
                new SpeechAct(entry.getPropertyResourceValue(SG.performs).getLocalName()),
                stance(entry.getPropertyResourceValue(SG.impliesStance)));
    }

    private static Scope scope(Resource cue) {
        return cue.hasProperty(SG.cueScope)
                ? Scope.valueOf(cue.getProperty(SG.cueScope).getString().toUpperCase(Locale.ROOT))
                : Scope.EITHER;
    }

    static Stance stance(Resource stance) {
        return Stance.valueOf(stance.getLocalName().toUpperCase(Locale.ROOT));
    }

    /** The sense of the verb with this lemma (one word, or several separated by spaces), or null. */
    public VerbSense verb(String lemma) {
        return verbs.get(lemma);
    }

    /** The sense of the side noun ("opponent", "supporter") with this lemma, or null. */
    public VerbSense sideNoun(String lemma) {
        return sideNouns.get(lemma);
    }

    /** The multi-word verbs whose first word is {@code first} (lower case), longest first. */
    public List<List<String>> phrasalVerbsStartingWith(String first) {
        return phrasalVerbsByFirstWord.getOrDefault(first, List.of());
    }

    /** Stance cue phrases (lower case) and what each decides. */
    public Map<String, Cue> cues() {
        return Map.copyOf(cues);
    }

    public boolean isSourceNoun(String lemma) {
        return sourceNouns.contains(lemma);
    }

    public boolean isInstitutionNoun(String lemma) {
        return institutionNouns.contains(lemma);
    }

    /** Institution nouns that name part of a state: what they name is a government ("the foreign ministry"). */
    public boolean isGovernmentNoun(String lemma) {
        return governmentNouns.contains(lemma);
    }

    /** Nouns for someone who speaks for an institution: what they say is the institution's. */
    public boolean isSpokesNoun(String lemma) {
        return spokesNouns.contains(lemma);
    }

    /** Nouns that refer back to a proposition without naming it ("the idea"). */
    public boolean isReferringNoun(String lemma) {
        return referringNouns.contains(lemma);
    }

    /** Nouns that name the occasion a story reports ("vote", "summit"), in lower case. */
    public Set<String> eventNouns() {
        return Set.copyOf(eventNouns);
    }

    /** The adjective of the country named {@code name} ("Poland" → "Polish"), or null. */
    public String demonymOf(String name) {
        return demonymOf.get(name.toLowerCase(Locale.ROOT));
    }

    /** Country names (as written, capitalised) and their ISO codes. */
    public Map<String, String> countryNames() {
        Map<String, String> names = new HashMap<>();
        countryCodes.forEach((name, code) -> {
            if (demonymOf.containsKey(name)) {
                names.put(name, code);
            }
        });
        return names;
    }

    /** The ISO code of the country a name or adjective stands for ("Poland", "Polish" → "PL"), or null. */
    public String countryCode(String nameOrDemonym) {
        return countryCodes.get(nameOrDemonym.toLowerCase(Locale.ROOT));
    }

    /** Words of office and address that precede a name: minister, president, defence, Mr. */
    public boolean isTitleWord(String word) {
        return titleWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Titles that go with a given name alone: "Sir" in "Sir Anton". */
    public boolean isFirstNameTitle(String word) {
        return firstNameTitles.contains(word.toLowerCase(Locale.ROOT));
    }
}
