package org.stancegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stancegraph.model.Granularity;
import org.stancegraph.model.UtteranceDate;

class RuleDateResolverTest {

    private final DateResolver resolver = new RuleDateResolver();

    /** Published on Wednesday 13 March 2024. */
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 13);

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "The minister said on Monday that talks would resume.     | 2024-03-11 | DAY   | on Monday",
                "Speaking on Wednesday, the envoy said it was over.        | 2024-03-13 | DAY   | on Wednesday",
                "The mayor said Thursday night that the vote was void.     | 2024-03-07 | DAY   | Thursday night",
                "The party said yesterday it would not join.               | 2024-03-12 | DAY   | yesterday",
                "The general said earlier this month that troops were ready.| 2024-03  | MONTH | earlier this month",
                "The ministry announced last month that it would pay.      | 2024-02    | MONTH | last month",
                "He said in December 2022 that he would run.               | 2022-12    | MONTH | in December 2022",
                "She said in November that the deal was dead.              | 2023-11    | MONTH | in November",
                "The court said on February 26, 2024 that it disagreed.    | 2024-02-26 | DAY   | February 26, 2024",
                "The court said on 2 March that it disagreed.              | 2024-03-02 | DAY   | 2 March",
                "The king said in 2019 that he would abdicate.             | 2019       | YEAR  | in 2019",
                "The envoy said on Feb. 12 that talks had stalled.         | 2024-02-12 | DAY   | Feb. 12",
                "The envoy said on Sept. 3 that talks had stalled.         | 2023-09-03 | DAY   | Sept. 3",
                "The envoy said on Sep 3 that talks had stalled.           | 2023-09-03 | DAY   | Sep 3",
                "The envoy said on 5 Dec. 2023 that talks had stalled.     | 2023-12-05 | DAY   | 5 Dec. 2023",
                "The envoy said on May 2 that talks had stalled.           | 2023-05-02 | DAY   | May 2",
                "The envoy said last Sunday that talks had stalled.        | 2024-03-10 | DAY   | last Sunday",
                "The senator said last year that she was leaving.          | 2023       | YEAR  | last year",
                "The senator said earlier this year that she was leaving.  | 2024       | YEAR  | earlier this year",
                "The senator said last week that she was leaving.          | 2024-03    | MONTH | last week",
                "The senator said this week that she was leaving.          | 2024-03    | MONTH | this week",
            })
    void resolvesAgainstThePublicationDate(String sentence, String value, Granularity granularity, String cue) {
        UtteranceDate date =
                resolver.resolve(sentence, sentence.indexOf("said") >= 0 ? sentence.indexOf("said") : 10, PUBLISHED);
        assertEquals(new UtteranceDate(value, granularity, cue), date);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The minister said that talks would resume.",
                "The minister said last week that talks would resume.",
                "The minister said on Monday that talks would resume.",
            })
    void withoutAPublicationDateOnlyAbsoluteDatesResolve(String sentence) {
        assertEquals(UtteranceDate.unresolved(), resolver.resolve(sentence, 13, null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The minister said that talks would resume.",
                "The mayor said she may run again, monthly or yearly.",
                "The envoy said the Decembrist club had met.",
                "The envoy said, recalling last month's agreement, that talks had stalled.",
                "The envoy said Tuesday’s vote had been a mistake.",
            })
    void aSentenceWithoutDateExpressionOfTheSayingIsUnresolved(String sentence) {
        assertEquals(UtteranceDate.unresolved(), resolver.resolve(sentence, 10, PUBLISHED));
    }

    @org.junit.jupiter.api.Test
    void aWeekAcrossTwoMonthsGivesNoMonth() {
        assertEquals(
                UtteranceDate.unresolved(),
                resolver.resolve("The minister said last week that talks would resume.", 13, LocalDate.of(2024, 3, 3)));
    }

    @org.junit.jupiter.api.Test
    void aTimeInARelativeClauseDatesThatClauseNotTheSaying() {
        String sentence = "Anna Holm, who left the cabinet on Monday, voted against the toll.";
        assertEquals(UtteranceDate.unresolved(), resolver.resolve(sentence, sentence.indexOf("voted"), PUBLISHED));
        String inside = "Anna Holm, who said on Monday that the toll was wrong, left.";
        assertEquals(
                "2024-03-11",
                resolver.resolve(inside, inside.indexOf("said"), PUBLISHED).value());
    }

    @org.junit.jupiter.api.Test
    void theExpressionNearestTheVerbWins() {
        String sentence = "After the summit on Monday, the premier said on Tuesday that it had failed.";
        UtteranceDate date = resolver.resolve(sentence, sentence.indexOf("said"), PUBLISHED);
        assertEquals("2024-03-12", date.value());
    }
}
