package org.stancegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stancegraph.model.ActorType;
import org.stancegraph.model.Article;
import org.stancegraph.model.ArticleMetadata;
import org.stancegraph.model.Granularity;
import org.stancegraph.model.Stance;
import org.stancegraph.model.Statement;
import org.stancegraph.pipeline.Pipeline;

/**
 * Sentences written for these tests (not taken from any seed) that vary the phrasing: said before
 * or after the quote, titles, pronouns, appositives, passive voice, negation.
 */
class StatementExtractorTest {

    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final LocalDate FRIDAY = LocalDate.of(2024, 3, 15);

    private static List<Statement> extract(String text) {
        Article article = new Article(
                "t", text, new ArticleMetadata(null, null, FRIDAY, null, "en", List.of()), "t.txt", List.of());
        return PIPELINE.extract(article);
    }

    /** The labels of the statements' speakers, sorted. */
    private static List<String> speakers(List<Statement> statements) {
        return statements.stream().map(s -> s.speaker().label()).sorted().toList();
    }

    private static Statement only(String text) {
        List<Statement> statements = extract(text);
        assertEquals(1, statements.size(), () -> "statements: " + statements);
        return statements.get(0);
    }

    @Test
    void aRegisteredSpeakerBeforeTheVerbWithAQuote() {
        Statement s = only("Olaf Scholz said on Thursday: “There will be no ground troops from our side.”");
        assertEquals("olaf-scholz", s.speaker().key());
        assertTrue(s.speaker().registered());
        assertEquals("says", s.act().name());
        assertEquals(Stance.AGAINST, s.stance());
        assertEquals(
                "https://stancegraph.org/id/topic/western-troops-in-ukraine",
                s.topic().iri());
        assertEquals("2024-03-14", s.date().value());
        assertEquals("There will be no ground troops from our side.", s.quote().text());
    }

    @Test
    void anInvertedSpeakerWithATitleAfterTheQuote() {
        Statement s = only("“We must not send troops,” said Defence Minister Jana Kowalska.");
        assertEquals("Jana Kowalska", s.speaker().label());
        assertEquals(ActorType.PERSON, s.speaker().type());
    }

    @Test
    void aDiscoveredNameIsFoundAgainBySurnameAndPronoun() {
        List<Statement> statements = extract("Finance Minister Tomas Berg rejected the plan to send ground troops. "
                + "Later, Berg said the shells had arrived. He warned that ammunition was short.");
        assertTrue(statements.size() >= 2, statements.toString());
        assertTrue(statements.stream().allMatch(s -> s.speaker().label().equals("Tomas Berg")), statements.toString());
        assertEquals("rejects", statements.get(0).act().name());
        assertEquals(Stance.AGAINST, statements.get(0).stance());
    }

    @Test
    void anAnonymousSourceWithAnAppositive() {
        Statement s =
                only("A senior EU official, who declined to be named, said there were no plans to deploy troops.");
        assertEquals(ActorType.ANONYMOUS_SOURCE, s.speaker().type());
        assertEquals("senior EU official", s.speaker().label());
        assertEquals(Stance.AGAINST, s.stance());
        assertNull(s.quote());
    }

    @Test
    void anInstitutionSpeaks() {
        Statement s = only("The Dutch foreign ministry warned that sending troops would be a grave error.");
        assertEquals("Dutch foreign ministry", s.speaker().label());
        assertEquals(ActorType.GOVERNMENT, s.speaker().type());
        assertEquals("warns", s.act().name());
    }

    @Test
    void anOfficeTitleResolvesToItsHolderOnThePublicationDate() {
        Statement s = only("The German chancellor dismissed the idea of ground troops.");
        assertEquals("olaf-scholz", s.speaker().key());
        assertEquals("rejects", s.act().name());
    }

    @Test
    void thePassiveAgentIsNotTheSpeaker() {
        List<Statement> statements = extract("The idea of ground troops was rejected by many, the Kremlin said.");
        assertEquals(1, statements.size(), statements.toString());
        assertEquals("kremlin", statements.get(0).speaker().key());
    }

    @Test
    void aQuoteParagraphBeforeAnAttributionLineBelongsToIt() {
        Statement s = only("“We will do whatever it takes so that Russia cannot win,”\nMark Rutte added.");
        assertEquals("mark-rutte", s.speaker().key());
        assertEquals(Stance.FAVOUR, s.stance());
        assertTrue(s.quote().text().startsWith("We will do whatever it takes"));
    }

    @Test
    void refusingToRuleOutIsFavour() {
        Statement s = only("Emmanuel Macron refused to rule out sending Western troops.");
        assertEquals(Stance.FAVOUR, s.stance());
        assertEquals("supports", s.act().name());
    }

    /** A story whose lead dates it (Tuesday before the Friday it was published), told in several tenses. */
    private static final String STORY = "Ines Varnholt rejects harbour toll\n\n"
            + "The city council voted down the harbour toll on Tuesday. "
            + "Mayor Ines Varnholt said the toll would hurt the fishing fleet.\n\n"
            + "Anna Holm has said that the toll is overdue.\n\n"
            + "Marit Oskelund says the toll will pass next year.\n\n"
            + "Maria Lind voted against the toll.\n\n"
            + "Peter Berg criticised the decision.";

    private static Statement by(List<Statement> statements, String speakerKey) {
        return statements.stream()
                .filter(s -> s.speaker().key().equals(speakerKey))
                .findFirst()
                .orElseThrow(() -> new AssertionError(speakerKey + " not among " + statements));
    }

    @Test
    void aStatementOfTheLeadInTheSimplePastTakesTheDayTheLeadGives() {
        Statement said = by(extract(STORY), "ines-varnholt");
        assertEquals("2024-03-12", said.date().value());
        assertEquals(Granularity.DAY, said.date().granularity());
        assertTrue(said.date().cue().contains("on Tuesday"), said.date().cue());
    }

    @Test
    void aRecordedVoteAnywhereInTheArticleTakesTheLeadsDay() {
        assertEquals("2024-03-12", by(extract(STORY), "maria-lind").date().value());
    }

    @Test
    void aStatementInThePerfectOrPresentDoesNotTakeTheLeadsDay() {
        List<Statement> statements = extract(STORY);
        assertEquals(Granularity.UNRESOLVED, by(statements, "anna-holm").date().granularity());
        assertEquals(
                Granularity.UNRESOLVED, by(statements, "marit-oskelund").date().granularity());
    }

    @Test
    void aReactionOutsideTheLeadDoesNotTakeItsDay() {
        assertEquals(
                Granularity.UNRESOLVED, by(extract(STORY), "peter-berg").date().granularity());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Once the ballot had closed, Peter Berg criticised the decision.",
                "Peter Berg criticised the decision after the council's vote.",
                "Having lost the council ballot, Peter Berg criticised the decision.",
            })
    void aStatementTiedToTheStorysOccasionTakesTheLeadsDay(String sentence) {
        Statement tied = by(extract(STORY.replace("Peter Berg criticised the decision.", sentence)), "peter-berg");
        assertEquals("2024-03-12", tied.date().value());
    }

    @Test
    void aStatementBeforeAnotherOccasionDoesNotTakeTheLeadsDay() {
        Statement s = by(
                extract(STORY.replace(
                        "Peter Berg criticised the decision.", "Peter Berg criticised the decision before a holiday.")),
                "peter-berg");
        assertEquals(Granularity.UNRESOLVED, s.date().granularity());
    }

    @Test
    void aHeadlineInThePresentTakesTheLeadsDay() {
        Statement headline = extract(STORY).get(0);
        assertEquals("Ines Varnholt rejects harbour toll", headline.sentence().text());
        assertEquals("2024-03-12", headline.date().value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Ines Varnholt also said the toll was a burden on the harbour.",
                "The toll was a burden on the harbour, according to Ines Varnholt.",
            })
    void aLaterReportOfASpeakerTheStoryDatedTakesHerDay(String sentence) {
        List<Statement> statements = extract(STORY + "\n\n" + sentence);
        Statement later = statements.get(statements.size() - 1);
        assertEquals("ines-varnholt", later.speaker().key());
        assertEquals("2024-03-12", later.date().value());
        assertTrue(
                later.date().cue().startsWith("the speaker's earlier report"),
                later.date().cue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Ines Varnholt has since said the toll was a burden on the harbour.",
                "Ines Varnholt says the toll is a burden on the harbour.",
                "Peter Berg also said the toll was a burden on the harbour.",
            })
    void aLaterReportInAnotherTenseOrOfAnUndatedSpeakerTakesNoDay(String sentence) {
        List<Statement> statements = extract(STORY + "\n\n" + sentence);
        Statement later = statements.get(statements.size() - 1);
        assertTrue(later.sentence().text().equals(sentence), later.toString());
        assertEquals(Granularity.UNRESOLVED, later.date().granularity());
    }

    @Test
    void withoutADayInTheLeadNothingIsDatedByIt() {
        Statement s = by(extract(STORY.replace(" on Tuesday", "")), "ines-varnholt");
        assertEquals(Granularity.UNRESOLVED, s.date().granularity());
    }

    @Test
    void aGivenNameTheTaggerTookForAnAdjectiveStillOpensTheName() {
        // The tagger gives "Bastian/ADJ Korrel/PROPN".
        assertEquals(
                "Bastian Korrel",
                only("Bastian Korrel said that the toll is overdue.").speaker().label());
    }

    @Test
    void aDemonymBeforeASurnameIsNoGivenName() {
        assertTrue(extract("French Korrel said that the toll is overdue.").stream()
                .noneMatch(s -> s.speaker().label().contains("French")));
    }

    @Test
    void withoutADateInTheTextTheDateIsUnresolved() {
        Statement s = only("Andrzej Duda said ammunition deliveries must speed up.");
        assertEquals(Granularity.UNRESOLVED, s.date().granularity());
    }

    @Test
    void sentencesWithoutAReportingVerbOrSpeakerGiveNothing() {
        assertTrue(
                extract("Troops gathered near the border. It rained all day.").isEmpty());
    }

    @Test
    void evidenceOffsetsPointAtTheSentence() {
        String text = "Intro line.\n\nOlaf Scholz said the shells were on their way.";
        Statement s = extract(text).get(0);
        assertEquals(
                s.sentence().text(),
                text.substring(s.sentence().span().start(), s.sentence().span().end()));
    }

    @Test
    void theAgentsOfAPassiveAreItsSpeakers() {
        List<Statement> statements = extract(
                "Sending ground troops is an option raised, and denounced by the Slovak Prime Minister as well as Viktor Orban.");
        assertEquals(
                List.of("robert-fico", "viktor-orban"),
                statements.stream().map(s -> s.speaker().key()).toList());
        assertTrue(statements.stream()
                .allMatch(s -> s.stance() == Stance.AGAINST && s.act().name().equals("criticizes")));
    }

    @Test
    void aSpokespersonSpeaksForTheInstitutionAnOfficialOnlyBelongsToIt() {
        Statement spokesperson = only("A Kremlin spokesman said there were no plans to negotiate.");
        assertEquals("kremlin", spokesperson.speaker().key());
        Statement official = only("A NATO official said there were no plans for combat troops.");
        assertEquals(ActorType.ANONYMOUS_SOURCE, official.speaker().type());
        assertEquals("nato", official.speaker().affiliation());
    }

    @Test
    void aPossessiveNamesWhomTheStatementAnswers() {
        Statement s = only("Giorgia Meloni rejected Emmanuel Macron's proposal to send ground troops.");
        assertEquals("emmanuel-macron", s.respondsTo().key());
        Statement reply = extract("Olaf Scholz said ground troops were out of the question. "
                        + "In response, the Kremlin warned of war if troops were sent.")
                .get(1);
        assertEquals("kremlin", reply.speaker().key());
        assertEquals("olaf-scholz", reply.respondsTo().key());
    }

    @Test
    void aWarningIsAboutWhatItsConditionNames() {
        Statement s = only("The Kremlin warned of war between NATO and Russia if Western troops were deployed.");
        assertEquals(
                "https://stancegraph.org/id/topic/western-troops-in-ukraine",
                s.topic().iri());
        assertEquals(Stance.AGAINST, s.stance());
    }

    @Test
    void aClauseThatRefersBackIsAboutTheArticlesMainTopic() {
        List<Statement> statements =
                extract("Leaders debated sending ground troops to Ukraine. Troops were the talk of the day. "
                        + "Ulf Kristersson downplayed the idea.");
        assertEquals(
                "https://stancegraph.org/id/topic/western-troops-in-ukraine",
                statements.get(0).topic().iri());
        assertEquals("downplays", statements.get(0).act().name());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Ulf Kristersson rejected the measure.                                        | AGAINST",
                "Ulf Kristersson said the legislation would come before parliament in May.   | NEUTRAL",
                "Ulf Kristersson said the measure was a great success.                       | FAVOUR",
                "Ulf Kristersson said the measure was a shameful mess.                       | AGAINST",
            })
    void aGenericNameForTheMeasureUnderDebateRefersToTheMainTopic(String sentence, Stance stance) {
        List<Statement> statements = extract(
                "Leaders debated sending ground troops to Ukraine. Troops were the talk of the day. " + sentence);
        assertEquals(
                "https://stancegraph.org/id/topic/western-troops-in-ukraine",
                statements.get(0).topic().iri());
        assertEquals(stance, statements.get(0).stance());
    }

    @Test
    void aStanceVerbAfterAModalIsAVerbWhateverItsTag() {
        Statement s = only("Mark Rutte said he would back sending ground troops to Ukraine.");
        assertEquals("western-troops-in-ukraine", s.topic().iri().replaceAll(".*/", ""));
        assertEquals(Stance.FAVOUR, s.stance());
    }

    @Test
    void aNameInARelativeClauseBetweenSubjectAndVerbIsNotTheSpeaker() {
        Statement s =
                only("Anna Holm, who chairs the Baltic Research Group, rejected sending ground troops to Ukraine.");
        assertEquals("anna-holm", s.speaker().key());
        assertEquals(Stance.AGAINST, s.stance());
    }

    @Test
    void coordinatedSpeakersEachWithAnAppositionAllSpeak() {
        List<Statement> statements = extract(
                "Anna Holm, a former defence minister, and Erik Berg, once foreign secretary, voted against sending ground troops to Ukraine.");
        assertEquals(
                List.of("anna-holm", "erik-berg"),
                statements.stream().map(s -> s.speaker().key()).toList());
        statements.forEach(s -> assertEquals(Stance.AGAINST, s.stance()));
    }

    @Test
    void aFormerOfficeNamesNotItsHolderToday() {
        List<Statement> statements = extract("The former foreign secretary rejected sending ground troops to Ukraine.");
        assertTrue(
                statements.stream().noneMatch(s -> s.speaker().registered()),
                () -> "no registered holder: " + statements);
    }

    @Test
    void aCountryAsSpeakerIsItsGovernment() {
        Statement s = only("Italy announced on Friday that it will deliver artillery shells.");
        assertEquals("italian-government", s.speaker().key());
        assertEquals(Stance.FAVOUR, s.stance());
    }

    @Test
    void aCountrysOfficeResolvesToItsHolder() {
        assertEquals(
                "andrzej-duda",
                only("Poland’s president said the shells were late.").speaker().key());
        assertEquals(
                "sergei-lavrov",
                only("Russia's foreign minister claims troops are coming.")
                        .speaker()
                        .key());
        Statement unknown = only("Latvia's defence minister said troops must stay home.");
        assertEquals("Latvia's defence minister", unknown.speaker().label());
    }

    @Test
    void coordinatedSubjectsBothSpeak() {
        List<Statement> statements =
                extract("Both Joe Biden and Olaf Scholz expressed reservations about ground troops.");
        assertEquals(
                List.of("joe-biden", "olaf-scholz"),
                statements.stream().map(s -> s.speaker().key()).toList());
        assertTrue(statements.stream().allMatch(s -> s.stance() == Stance.AGAINST));
    }

    @Test
    void aDescriptionAfterANameDoesNotTakeTheVerb() {
        Statement s = only("Jens Stoltenberg, the head of NATO has rejected sending ground troops.");
        assertEquals("jens-stoltenberg", s.speaker().key());
    }

    @Test
    void theOfficialIsTheOneNamedBefore() {
        List<Statement> statements = extract("One EU official said ground troops were not planned. "
                + "Paris wants more shells, the official said.");
        assertEquals(2, statements.size(), statements.toString());
        assertEquals(statements.get(0).speaker(), statements.get(1).speaker());
    }

    @Test
    void aCollectiveSourceSpeaks() {
        Statement s = only("EU leaders dismissed the call for ground troops.");
        assertEquals("EU leaders", s.speaker().label());
        assertEquals("european-union", s.speaker().affiliation());
    }

    @Test
    void aClauseAfterButWithItsOwnSubjectAndVerbIsNotTheFirstSpeakersWords() {
        Statement s =
                only("The biggest parties voted for sending ground troops, but smaller groups attacked the plan.");
        assertEquals("biggest parties", s.speaker().label());
        assertEquals(Stance.FAVOUR, s.stance());
    }

    @Test
    void whatASpeakerSaysGoesOnPastBut() {
        Statement s =
                only("Jana Kowalska said the idea was to start a debate, but there were no plans for ground troops.");
        assertEquals(Stance.AGAINST, s.stance());
    }

    @Test
    void aButWithoutAClauseOfItsOwnStaysInTheWords() {
        Statement s = only("Jana Kowalska said she had doubts, but would support sending ground troops.");
        assertEquals("Jana Kowalska", s.speaker().label());
        assertEquals(Stance.FAVOUR, s.stance());
    }

    @Test
    void aCountryThatActsSpeaksThroughItsGovernment() {
        Statement s = only("Norway rejected sending ground troops on Monday.");
        assertEquals("Norwegian government", s.speaker().label());
        assertEquals(ActorType.GOVERNMENT, s.speaker().type());
        assertEquals(Stance.AGAINST, s.stance());
        Statement named =
                only("Prime Minister Jana Kowalska of Norway, new in office, rejected sending ground troops.");
        assertEquals("Jana Kowalska", named.speaker().label(), "a country after 'of' is where she comes from");
        List<Statement> two = extract("Hungary and Slovakia opposed sending ground troops.");
        assertEquals(
                List.of("Hungarian government", "Slovak government"),
                two.stream().map(t -> t.speaker().label()).toList());
    }

    @Test
    void aQuoteBeforeItsSpeakerRefersBackToTheTopic() {
        List<Statement> statements = extract("Parliament voted on sending ground troops on Tuesday. "
                + "The plan is \u201Ca step too far,\u201D the defence minister, Jana Kowalska, conceded.");
        Statement conceded = statements.get(statements.size() - 1);
        assertEquals("Jana Kowalska", conceded.speaker().label());
        assertEquals(
                "https://stancegraph.org/id/topic/western-troops-in-ukraine",
                conceded.topic().iri());
    }

    @Test
    void aNegatedTopicIsAgainstIt() {
        Statement s = only("“We are not at war with Russia,” Antonio Tajani said.");
        assertEquals(Stance.AGAINST, s.stance());
        assertEquals(
                "https://stancegraph.org/id/topic/nato-russia-war", s.topic().iri());
    }

    @Test
    void teasersOfOtherStoriesGiveNoStatements() {
        List<Statement> statements = extract(
                """
                Olaf Scholz said there will be no ground troops.
                Ministers Meet In Rome
                Giorgia Meloni said on Monday that shells would be sent
                Talks Stall Again
                Donald Trump said he expects talks""");
        assertEquals(1, statements.size(), statements.toString());
    }

    @Test
    void aQuoteParagraphBelongsToTheNameLineBesideItOrToTheSpeakerBefore() {
        List<Statement> statements = extract(
                """
                Ulf Kristersson spoke after the summit.
                “We need more artillery shells now.”
                Andrzej Duda, Polish President
                “Sending ground troops is not on the cards.”""");
        assertEquals(2, statements.size(), statements.toString());
        assertEquals("andrzej-duda", statements.get(0).speaker().key());
        assertEquals(Stance.FAVOUR, statements.get(0).stance());
        assertEquals("andrzej-duda", statements.get(1).speaker().key());
        assertEquals(Stance.AGAINST, statements.get(1).stance());
        List<Statement> after =
                extract("Olaf Scholz said on Monday there will be no ground troops.\n“Ammunition needs to flow.”");
        assertEquals("olaf-scholz", after.get(after.size() - 1).speaker().key());
        assertEquals(
                "https://stancegraph.org/id/topic/ammunition-for-ukraine",
                after.get(after.size() - 1).topic().iri());
    }

    @Test
    void aResearchersCodebookAddsItsTopics() {
        org.apache.jena.rdf.model.Model mine = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(
                        """
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://example.org/topic/grain-deal> a skos:Concept ; skos:prefLabel "Black Sea grain deal"@en ;
                    skos:altLabel "grain deal"@en , "grain corridor"@en .
                """,
                        org.apache.jena.riot.Lang.TURTLE)
                .parse(mine);
        Codebooks books = Codebooks.standard();
        books.topics().add(mine);
        Pipeline extractor = Pipeline.builder().codebooks(books).build();
        List<Statement> statements =
                extractor.extract(Article.of("g", "Giorgia Meloni said there will be no grain deal this year."));
        assertEquals(
                "https://example.org/topic/grain-deal",
                statements.get(0).topic().iri());
        assertEquals(Stance.AGAINST, statements.get(0).stance());
    }

    @Test
    void aNameAfterALongTitleRun() {
        Statement s = only(
                "Senate Majority Leader Chuck Schumer said Thursday that Democrats would block any ground troops bill.");
        assertEquals("Chuck Schumer", s.speaker().label());
        assertEquals("2024-03-14", s.date().value());
        assertEquals(Stance.AGAINST, s.stance());
    }

    @Test
    void aRecordedVoteIsAPosition() {
        List<Statement> statements = extract("Councillor Anna Holm voted against sending ground troops. "
                + "Rep. Lena Frisk voted in favour of sending ground troops.");
        assertEquals(2, statements.size(), statements.toString());
        assertEquals("Anna Holm", statements.get(0).speaker().label());
        assertEquals("rejects", statements.get(0).act().name());
        assertEquals(Stance.AGAINST, statements.get(0).stance());
        assertEquals("Lena Frisk", statements.get(1).speaker().label());
        assertEquals(Stance.FAVOUR, statements.get(1).stance());
    }

    @Test
    void aPartyAffiliationBeforeANameIsNoPartOfIt() {
        Statement s = only("Ohio Democrat Dana Whitcombe said there will be no ground troops.");
        assertEquals("Dana Whitcombe", s.speaker().label());
    }

    @Test
    void aGivenNameAfterSirIsThePersonNamedBefore() {
        List<Statement> statements = extract("Sir Anton Brandvik rejected the plan to send ground troops. "
                + "Later, Sir Anton said there will be no ground troops.");
        assertEquals(2, statements.size(), statements.toString());
        assertTrue(
                statements.stream().allMatch(s -> s.speaker().label().equals("Anton Brandvik")), statements.toString());
    }

    @Test
    void aStanceOnWhatTheSentenceDoesNotNameIsOnThePropositionNamedLast() {
        List<Statement> statements = extract("Troops were not discussed at the summit. "
                + "Finance Minister Tomas Berg proposed sending more artillery shells. "
                + "Hours later, Defence Minister Anna Holm cautioned against it.");
        Statement holm = statements.get(statements.size() - 1);
        assertEquals("Anna Holm", holm.speaker().label());
        assertEquals(Stance.AGAINST, holm.stance());
        assertEquals(
                "https://stancegraph.org/id/topic/ammunition-for-ukraine",
                holm.topic().iri());
    }

    @Test
    void aNeutralRemarkOnNothingNamedStaysUnclassified() {
        Statement s = only("Defence Minister Anna Holm said the meeting had been long.");
        assertTrue(s.topic().isUnclassified(), s.toString());
    }

    @Test
    void aSourceNamedAfterACommaReportsTheWordsBeforeItWhateverClauseFollows() {
        List<Statement> statements =
                extract("Leaders debated sending ground troops to Ukraine. Troops were the talk of the day. "
                        + "Talks on the measure will resume in spring, according to Defence Minister Anna Holm, "
                        + "although no date has been set.");
        assertEquals(1, statements.size(), statements.toString());
        assertEquals("anna-holm", statements.get(0).speaker().key());
        assertEquals(
                "western-troops-in-ukraine", statements.get(0).topic().iri().replaceAll(".*/", ""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Defence Minister Anna Holm objected to sending ground troops.     | AGAINST",
                "Defence Minister Anna Holm questioned sending ground troops.      | AGAINST",
                "Defence Minister Anna Holm decried the plan to send ground troops. | AGAINST",
                "Defence Minister Anna Holm embraced sending ground troops.        | FAVOUR",
            })
    void verbsOfObjectingAndApprovingTakeTheirSide(String sentence, Stance stance) {
        Statement s = only(sentence);
        assertEquals("western-troops-in-ukraine", s.topic().iri().replaceAll(".*/", ""));
        assertEquals(stance, s.stance());
    }

    @Test
    void namesRightBeforeAParticipleAreAllItsSubjectsAndTheirAppositionsNoneOfThem() {
        List<Statement> statements = extract("Leaders debated sending ground troops to Ukraine. "
                + "The motion on sending ground troops passed easily, with both "
                + "Anton Brask, a former party leader, and Jacob Lund-Berg, once a farmer, voting in favour.");
        assertEquals(List.of("Anton Brask", "Jacob Lund-Berg"), speakers(statements));
        statements.forEach(s -> assertEquals(Stance.FAVOUR, s.stance()));
    }

    @Test
    void aDescriptionWithPlaceAndPartyRefersToThePersonNamedBefore() {
        List<Statement> statements = extract("Leaders debated sending ground troops to Ukraine. "
                + "Anton Brask spoke on Monday. The Silver Lake Liberal backed sending ground troops.");
        assertEquals(
                List.of("anton-brask"),
                statements.stream().map(s -> s.speaker().key()).toList());
    }

    @Test
    void aPartyWordThatModifiesANounIsNoDescriptionOfAPerson() {
        List<Statement> statements = extract("Leaders debated sending ground troops to Ukraine. "
                + "The Labour leader, Sir Anton Brask, has condemned the plan to send ground troops. "
                + "Groups on the Liberal wing, however, want the plan changed: some are protesting, "
                + "while others threaten to block it.");
        assertEquals(1, statements.size(), statements.toString());
    }

    @Test
    void aNameOpeningWithAPossessivePlaceIsNamedWithoutIt() {
        Statement s = only("All six of Nordland’s Farmers Union members voted for sending ground troops.");
        assertEquals("Nordland Farmers Union", s.speaker().label());
    }

    @Test
    void anActSetAsideIsNoStatement() {
        List<Statement> statements = extract("Leaders debated sending ground troops to Ukraine. "
                + "Anna Holm abstained rather than voting against sending ground troops, "
                + "and Peter Berg spoke instead of rejecting it.");
        assertTrue(statements.isEmpty(), statements.toString());
    }

    @Test
    void aPlaceAfterAccordingToIsWhereTheSourceWasNotTheSource() {
        List<Statement> statements = extract("Leaders debated sending ground troops to Ukraine. "
                + "The minister backs sending ground troops, according to those present at a lunch with Anna Holm. "
                + "The plan to send ground troops is dead, according to a statement from Peter Berg.");
        assertEquals(List.of("Peter Berg"), speakers(statements));
    }

    @Test
    void whoActsOnlyInAConditionSaysNothing() {
        List<Statement> statements = extract("Leaders debated sending ground troops to Ukraine. "
                + "If the northern fleet attacks the troops, we need no help, Anna Holm said. "
                + "Unless parliament rejects sending ground troops, the plan goes ahead.");
        assertEquals(List.of("Anna Holm"), speakers(statements));
    }

    @Test
    void campaignersAndAbbreviatedBodiesInThePluralSpeak() {
        List<Statement> statements = extract("Leaders debated sending ground troops to Ukraine. "
                + "Several NGOs attacked the plan to send ground troops. "
                + "Peace campaigners criticised sending ground troops too.");
        assertEquals(List.of("NGOs", "Peace campaigners"), speakers(statements));
        statements.forEach(s -> assertEquals(Stance.AGAINST, s.stance(), s.toString()));
    }

    @Test
    void aPlaceAfterANameAndOfIsNoSpeaker() {
        List<Statement> statements = extract("Leaders debated sending ground troops to Ukraine. "
                + "Several deputies voted against sending ground troops, among them Oslo Democrat Kari Moen, "
                + "Dan Hale and two others, Ida Berg of Lower Saxony and Per Lund of South Tyrol.");
        assertEquals(List.of("Dan Hale", "Ida Berg", "Kari Moen", "Per Lund"), speakers(statements));
    }

    @Test
    void theNamesListedAfterASideNounTakeItsSideOnWhatItJudges() {
        List<Statement> opponents = extract("Leaders debated sending ground troops to Ukraine. "
                + "The plan’s opponents ranged from Oslo Democrat Kari Moen and Dan Hale, a former mayor, "
                + "to Ida Berg.");
        assertEquals(List.of("Dan Hale", "Ida Berg", "Kari Moen"), speakers(opponents));
        assertTrue(
                opponents.stream()
                        .allMatch(s -> s.stance() == Stance.AGAINST
                                && s.topic().iri().endsWith("/western-troops-in-ukraine")
                                && s.act().name().equals("rejects")),
                opponents.toString());

        List<Statement> supporters = extract("Supporters of sending ground troops included Anna Holm and Tomas Berg.");
        assertEquals(List.of("Anna Holm", "Tomas Berg"), speakers(supporters));
        assertTrue(
                supporters.stream()
                        .allMatch(s ->
                                s.stance() == Stance.FAVOUR && s.act().name().equals("supports")),
                supporters.toString());
    }

    @Test
    void aSideNounWithoutAListSpeaksForNobody() {
        List<Statement> statements =
                extract("Sending ground troops has few supporters and many critics, Anna Holm said on Thursday.");
        assertTrue(
                statements.stream()
                        .noneMatch(s -> s.act().name().equals("supports")
                                || s.act().name().equals("criticizes")),
                statements.toString());
    }

    @Test
    void anEvaluationOfNothingNamedTakesNoSide() {
        Statement s = only("Defence Minister Anna Holm said the meeting had been a great success.");
        assertTrue(s.topic().isUnclassified(), s.toString());
        assertEquals(Stance.NEUTRAL, s.stance());
    }

    @Test
    void notRulingSomethingOutIsAnOpeningTowardsIt() {
        assertEquals(
                Stance.FAVOUR,
                only("Anna Holm does not rule out sending ground troops.").stance());
        assertEquals(
                Stance.FAVOUR,
                only("Defence Minister Anna Holm said she was not ruling out ground troops.")
                        .stance());
        assertEquals(
                Stance.FAVOUR,
                only("Tomas Berg repeated his refusal to rule out ground troops.")
                        .stance());
    }

    @Test
    void aNegatedSupportVerbIsAgainst() {
        Statement s = only("Finance Minister Tomas Berg did not support sending ground troops.");
        assertEquals(Stance.AGAINST, s.stance());
        assertEquals("rejects", s.act().name());
    }

    @Test
    void theAddresseeOfAWarningIsNotItsSpeaker() {
        List<Statement> statements = extract(
                "The speaker of parliament, Ivan Petrov, warned Finance Minister Tomas Berg against sending ground troops.");
        assertTrue(statements.stream().noneMatch(s -> s.speaker().label().equals("Tomas Berg")), statements.toString());
        assertEquals("Ivan Petrov", statements.get(0).speaker().label());
    }

    @Test
    void noNeedToKeepDebatingIsNoSupport() {
        Statement s = only("Tomas Berg said there was no need to keep debating ground troops.");
        assertTrue(s.stance() != Stance.FAVOUR, s.toString());
    }

    @Test
    void aConditionIsAHedgeNotAStance() {
        Statement s = only("Should things get worse, the question of ground troops would arise, Tomas Berg said.");
        assertEquals(Stance.NEUTRAL, s.stance());
        Statement reported =
                only("Tomas Berg said that, should things get worse, the question of ground troops would arise.");
        assertEquals(Stance.NEUTRAL, reported.stance());
    }

    @Test
    void aNameAfterALowerCaseTitleIsTheNameAlone() {
        Statement s = only("The upper-house speaker Ivan Petrov rejected ground troops on Tuesday.");
        assertEquals("Ivan Petrov", s.speaker().label());
    }

    @Test
    void coordinatedSubjectsWithPartyTagsAndTitlesBothSpeak() {
        List<Statement> statements = extract(
                "Councillor Anna Holm (L-Ut.) and Deputy Mayor Tomas Berg (C-Bergen), who met last week, both voted against sending ground troops.");
        assertEquals(
                List.of("Anna Holm", "Tomas Berg"),
                statements.stream().map(s -> s.speaker().label()).toList());
        assertTrue(statements.stream().allMatch(s -> s.stance() == Stance.AGAINST), statements.toString());
    }

    @Test
    void aNameAfterAnAbbreviatedTitleIsFoundWhateverItsTag() {
        Statement s = only("Supporters such as Rep. Lena Frisk contend that ground troops are needed.");
        assertEquals("Lena Frisk", s.speaker().label());
    }

    @Test
    void whoAProposalDrewCriticismFromSpeaksAgainstIt() {
        List<Statement> statements =
                extract("The plan to send ground troops drew criticism from Finance Minister Tomas Berg on Monday.");
        assertEquals(1, statements.size(), statements.toString());
        Statement s = statements.get(0);
        assertEquals("Tomas Berg", s.speaker().label());
        assertEquals(Stance.AGAINST, s.stance());
        assertEquals(
                "https://stancegraph.org/id/topic/western-troops-in-ukraine",
                s.topic().iri());
    }

    @Test
    void aStanceOnSomeonesCallIsAStanceOnWhatTheyCallFor() {
        Statement s = only("Anna Holm criticised Tomas Berg’s call for ground troops.");
        assertEquals("Anna Holm", s.speaker().label());
        assertEquals(Stance.AGAINST, s.stance());
        assertEquals(
                "https://stancegraph.org/id/topic/western-troops-in-ukraine",
                s.topic().iri());
        assertEquals("Tomas Berg", s.respondsTo().label());
    }

    @Test
    void aReportOfAnotherSpeakersStatementIsTheirStatement() {
        Statement s = only("Anna Holm said Tomas Berg had rejected ground troops.");
        assertEquals("Tomas Berg", s.speaker().label());
        assertEquals(Stance.AGAINST, s.stance());
    }

    @Test
    void readinessIsAStanceInFavour() {
        List<Statement> statements =
                extract("According to Anna Holm, Tomas Berg had told colleagues he was ready to send ground troops.");
        Statement berg = statements.stream()
                .filter(s -> s.speaker().label().equals("Tomas Berg"))
                .findFirst()
                .orElseThrow();
        assertEquals(Stance.FAVOUR, berg.stance());
    }

    @Test
    void aHeadlineVerbAfterANameIsAVerbWhateverItsTag() {
        List<Statement> statements =
                extract("Ministers debate the budget, while Anna Holm cautions: “Ground troops would be a mistake”");
        assertTrue(
                statements.stream()
                        .anyMatch(s -> s.speaker().label().equals("Anna Holm")
                                && s.act().name().equals("warns")),
                statements.toString());
    }

    @Test
    void recordedVotersListedAfterTheirVoteAreItsSpeakers() {
        List<Statement> statements = extract("The assembly voted on sending ground troops. "
                + "Those voting against included liberals such as "
                + "Lena Frisk of Tromso, Anna Holm of Bergen and Tomas Berg, who chairs the committee.");
        assertEquals(
                List.of("Lena Frisk", "Anna Holm", "Tomas Berg"),
                statements.stream().map(s -> s.speaker().label()).toList());
        assertTrue(statements.stream().allMatch(s -> s.stance() == Stance.AGAINST), statements.toString());
        assertTrue(
                statements.stream()
                        .allMatch(s ->
                                s.topic().iri().equals("https://stancegraph.org/id/topic/western-troops-in-ukraine")),
                statements.toString());
    }

    @Test
    void aPositionStatedWithACopula() {
        Statement s = only("Defence Minister Anna Holm is against sending ground troops.");
        assertEquals("Anna Holm", s.speaker().label());
        assertEquals(Stance.AGAINST, s.stance());
        assertEquals("rejects", s.act().name());
    }

    @Test
    void whoPutsAMeasureForwardProposesIt() {
        List<Statement> statements = extract(
                "Under the plan to send ground troops, which Liberal Lena Frisk and Conservative Anna Holm put forward, the first units would leave in May.");
        assertEquals(
                List.of("Lena Frisk", "Anna Holm"),
                statements.stream().map(s -> s.speaker().label()).toList());
        assertTrue(statements.stream().allMatch(s -> s.act().name().equals("proposes")), statements.toString());
    }

    @Test
    void refusingToGiveSomethingUpSupportsIt() {
        Statement s = only("Finance Minister Tomas Berg refused to retreat from the plan to send ground troops.");
        assertEquals(Stance.FAVOUR, s.stance());
        assertEquals("supports", s.act().name());
    }

    @Test
    void reportedSupportForAProposalIsInFavourOfIt() {
        Statement s = only(
                "Anna Holm said that several governments had expressed their support for a plan to buy artillery shells.");
        assertEquals(Stance.FAVOUR, s.stance());
        assertEquals(
                "https://stancegraph.org/id/topic/ammunition-for-ukraine",
                s.topic().iri());
    }

    @Test
    void aReportingVerbThatClosesItsSentenceReportsTheWordsBeforeIt() {
        Statement s = only("Several governments expressed their support for sending ground troops, Anna Holm said.");
        assertEquals("Anna Holm", s.speaker().label());
        assertEquals(Stance.FAVOUR, s.stance());
        assertEquals(
                "https://stancegraph.org/id/topic/western-troops-in-ukraine",
                s.topic().iri());
    }
}
