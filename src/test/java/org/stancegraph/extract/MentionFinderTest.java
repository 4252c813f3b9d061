package org.stancegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stancegraph.model.ActorType;
import org.stancegraph.model.Article;
import org.stancegraph.model.Mention;
import org.stancegraph.nlp.OpenNlpTextAnalyzer;

/** Word classes reach the mention finder from the lexicon (an entry added there takes effect) and the calendar. */
class MentionFinderTest {

    private static final Codebooks BOOKS = Codebooks.standard();
    private static final String PREFIXES =
            """
            @prefix sg:  <https://stancegraph.org/ontology#> .
            @prefix lex: <https://example.org/lexicon/> .
            """;

    /** The shipped lexicon with {@code turtle} (entries, under the prefixes sg: and lex:) added. */
    private static Lexicon lexiconWith(String turtle) {
        Model model = ModelFactory.createDefaultModel().add(BOOKS.lexicon());
        RDFParser.fromString(PREFIXES + turtle, Lang.TURTLE).parse(model);
        return Lexicon.of(model);
    }

    private static Optional<Mention> mentionOf(String words, String text, Lexicon lexicon) {
        Article article = Article.of("t", text);
        MentionFinder finder = new MentionFinder(ActorRegistry.of(BOOKS.actors()), lexicon);
        return finder.find(article, OpenNlpTextAnalyzer.shared().analyze(text), List.of()).stream()
                .filter(m -> m.span().of(text).equals(words))
                .findFirst();
    }

    @Test
    void aGovernmentNounAddedToTheLexiconNamesAGovernment() {
        Lexicon lexicon = lexiconWith("lex:agency a sg:GovernmentNoun ; sg:lemma \"agency\" .");
        Mention mention = mentionOf("federal agency", "The federal agency warned against sending troops.", lexicon)
                .orElseThrow();
        assertEquals(Mention.Kind.INSTITUTION, mention.kind());
        assertEquals(ActorType.GOVERNMENT, mention.actor().type());
    }

    @Test
    void anInstitutionNounThatIsNoGovernmentNounNamesAnOrganization() {
        Lexicon lexicon = lexiconWith("lex:agency a sg:InstitutionNoun ; sg:lemma \"agency\" .");
        Mention mention = mentionOf("federal agency", "The federal agency warned against sending troops.", lexicon)
                .orElseThrow();
        assertEquals(ActorType.ORGANIZATION, mention.actor().type());
    }

    @Test
    void aNameEndingInAnInstitutionNounNamesAnOrganization() {
        Mention mention = mentionOf(
                        "Research Group",
                        "Anna Holm, who chairs the Baltic Research Group, rejected the plan.",
                        Lexicon.load())
                .orElseThrow();
        assertEquals(ActorType.ORGANIZATION, mention.actor().type());
        assertEquals(
                ActorType.PERSON,
                mentionOf(
                                "Anna Holm",
                                "Anna Holm, who chairs the Baltic Research Group, rejected the plan.",
                                Lexicon.load())
                        .orElseThrow()
                        .actor()
                        .type());
    }

    @Test
    void aDoubleBarrelledNameIsOneName() {
        Mention mention = mentionOf(
                        "Ulla Berg-Lindqvist", "Ulla Berg-Lindqvist voted against the plan.", Lexicon.load())
                .orElseThrow();
        assertEquals("Ulla Berg-Lindqvist", mention.actor().label());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ida Barros-Lund", "Tomas Ibarra-Vega", "Dana Alvarez-Ramos", "Eva Torres-Mendez"})
    void aDoubleBarrelledNameIsOneNameHoweverTheTokenizerSplitsIt(String name) {
        // The tokenizer splits these as "Barros -Lund" (the second part tagged as punctuation),
        // "Ibarra -Vega", "Alvarez- Ramos" and "Torres - Mendez".
        String sentence = "Oslo Democrat " + name + ", a former mayor, voted against the plan.";
        assertEquals(
                name,
                mentionOf(name, sentence, Lexicon.load()).orElseThrow().actor().label());
    }

    @Test
    void aNounTheLexiconLacksNamesNoInstitution() {
        assertTrue(mentionOf("federal agency", "The federal agency warned against sending troops.", Lexicon.load())
                .isEmpty());
    }

    @Test
    void theShippedLexiconTellsGovernmentsFromOrganizations() {
        assertEquals(
                ActorType.GOVERNMENT,
                mentionOf("federal ministry", "The federal ministry warned against it.", Lexicon.load())
                        .orElseThrow()
                        .actor()
                        .type());
        assertEquals(
                ActorType.ORGANIZATION,
                mentionOf("national council", "The national council warned against it.", Lexicon.load())
                        .orElseThrow()
                        .actor()
                        .type());
    }

    @Test
    void aRunOfNamesWithAWeekdayInItIsNoPerson() {
        String text = "Mark Brown spoke on Easter Monday.";
        assertEquals(
                ActorType.PERSON,
                mentionOf("Mark Brown", text, Lexicon.load())
                        .orElseThrow()
                        .actor()
                        .type());
        assertTrue(mentionOf("Easter Monday", text, Lexicon.load()).isEmpty());
    }
}
