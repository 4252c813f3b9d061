package org.stancegraph.graph.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.stancegraph.model.Stance;

/** The rules of derivation on invented statements, one rule per test. */
class ActorLevelDerivationTest {

    private static final String TOPIC = "https://ex.org/topic/ferry-tax";
    private static final LocalDate MAY_1 = LocalDate.of(2025, 5, 1);
    private static final LocalDate MAY_2 = LocalDate.of(2025, 5, 2);
    private static final LocalDate MAY_9 = LocalDate.of(2025, 5, 9);

    private int counter;

    /** Ana against, answered by bo; cy for, answered by dee against; ed for, alone in article a3. */
    private List<Said> fiveSpeakersInThreeArticles() {
        return List.of(
                said("ana", Stance.AGAINST, MAY_1, "a1", "No tax on the island ferries."),
                said("bo", Stance.FAVOUR, MAY_9, "a1", null, "ana"),
                said("cy", Stance.FAVOUR, MAY_9, "a2", null),
                said("dee", Stance.AGAINST, null, "a2", null, "cy"),
                said("ed", Stance.FAVOUR, MAY_1, "a3", null));
    }

    /** Ana against and later for, bo for answering her, cy for undated, dee against cy and then neutral. */
    private List<Said> fourSpeakersOneOfWhomTurnsAndOneNeutral() {
        return List.of(
                said("ana", Stance.AGAINST, MAY_1, "a1", "No tax on the island ferries."),
                said("ana", Stance.FAVOUR, MAY_9, "a3", null),
                said("bo", Stance.FAVOUR, MAY_2, "a1", null, "ana"),
                said("cy", Stance.FAVOUR, null, "a2", null),
                said("dee", Stance.AGAINST, null, "a2", null, "cy"),
                said("dee", Stance.NEUTRAL, MAY_2, "a3", null));
    }

    private Said said(String speaker, Stance stance, LocalDate day, String article, String quote, String... answers) {
        return new Said(
                "https://ex.org/s/" + String.format("%03d", counter++),
                "https://ex.org/actor/" + speaker,
                TOPIC,
                stance,
                day,
                "https://ex.org/article/" + article,
                MAY_9,
                Said.words(quote),
                Set.of(answers).stream()
                        .map(a -> "https://ex.org/actor/" + a)
                        .collect(java.util.stream.Collectors.toSet()));
    }

    private static Side side(String speaker, Stance stance, List<Said> statements) {
        List<Utterance> mine = Utterances.of(statements).stream()
                .filter(u ->
                        u.first().speaker().endsWith("/" + speaker) && u.first().stance() == stance)
                .toList();
        return new Side("https://ex.org/actor/" + speaker, stance, mine);
    }

    @Test
    void reportsOfOneQuoteOrOfOneDayInTwoArticlesAreOneUtterance() {
        List<Said> statements = List.of(
                said("ana", Stance.AGAINST, null, "a1", "We will never tax the island ferries."),
                said("ana", Stance.AGAINST, null, "a2", "“We will never tax the island ferries,” she said"),
                said("ana", Stance.AGAINST, MAY_1, "a1", null),
                said("ana", Stance.AGAINST, MAY_1, "a3", null),
                said("ana", Stance.AGAINST, MAY_2, "a3", null),
                said("ana", Stance.AGAINST, MAY_2, "a3", null),
                said("ana", Stance.FAVOUR, MAY_1, "a4", null));
        List<Utterance> utterances = Utterances.of(statements);
        // quotes (2 reports), May 1 in two articles (2 reports), May 2 twice in one article (apart), favour
        assertEquals(
                List.of(2, 2, 1, 1, 1),
                utterances.stream().map(u -> u.reports().size()).toList());
        assertEquals(MAY_1, utterances.get(1).day());
        assertEquals(
                Utterances.iri(statements.get(0).statement()), utterances.get(0).iri());
    }

    @Test
    void aLaterDatedStatementContradictsAndTheEarlierDoesNot() {
        List<Said> statements =
                List.of(said("ana", Stance.FAVOUR, MAY_1, "a1", null), said("bo", Stance.AGAINST, MAY_2, "a2", null));
        List<ActorEdge> edges = Contradictions.of(
                TOPIC, List.of(side("ana", Stance.FAVOUR, statements), side("bo", Stance.AGAINST, statements)));
        assertEquals(1, edges.size());
        ActorEdge edge = edges.get(0);
        assertTrue(edge.from().endsWith("/bo") && edge.to().endsWith("/ana"));
        assertEquals(1, edge.count());
        assertEquals(MAY_2, edge.first());
        assertEquals(
                List.of(new ActorEdge.Pair(
                        statements.get(1).statement(), statements.get(0).statement())),
                edge.evidence());
    }

    @Test
    void anAnswerIsLaterWithoutDaysAndAWeakerOrderGivesWayToIt() {
        List<Said> statements = List.of(
                said("ana", Stance.FAVOUR, MAY_1, "a1", null),
                said("bo", Stance.AGAINST, null, "a2", null, "ana"),
                said("ana", Stance.FAVOUR, null, "a3", null));
        List<ActorEdge> edges = Contradictions.of(
                TOPIC, List.of(side("ana", Stance.FAVOUR, statements), side("bo", Stance.AGAINST, statements)));
        // bo answers ana: both of ana's utterances; ana's undated one published after... nothing of bo's is dated.
        assertEquals(1, edges.size());
        assertEquals(2, edges.get(0).count());
        assertEquals(MAY_9, edges.get(0).first(), "an undated report counts on the day it was published");
    }

    @Test
    void publicationAfterTheDayOrdersAPairOnlyWhenTheTextSettlesNothingElse() {
        List<Said> settled = List.of(
                said("ana", Stance.FAVOUR, MAY_1, "a1", null),
                said("bo", Stance.AGAINST, null, "a2", null),
                said("ana", Stance.FAVOUR, null, "a3", null, "bo"));
        List<ActorEdge> edges = Contradictions.of(
                TOPIC, List.of(side("ana", Stance.FAVOUR, settled), side("bo", Stance.AGAINST, settled)));
        assertEquals(1, edges.size(), "ana answered bo, so bo's later publication does not make bo the later");
        assertTrue(edges.get(0).from().endsWith("/ana"));

        List<Said> open =
                List.of(said("ana", Stance.FAVOUR, MAY_1, "a1", null), said("bo", Stance.AGAINST, null, "a2", null));
        List<ActorEdge> weak =
                Contradictions.of(TOPIC, List.of(side("ana", Stance.FAVOUR, open), side("bo", Stance.AGAINST, open)));
        assertEquals(1, weak.size());
        assertTrue(weak.get(0).from().endsWith("/bo"));
    }

    @Test
    void countsGrowWithUtterancePairsAndEvidenceStaysBounded() {
        List<Said> statements = new ArrayList<>();
        for (int day = 1; day <= 10; day++) {
            statements.add(said("ana", Stance.FAVOUR, LocalDate.of(2025, 4, day), "a" + day, null));
            statements.add(said("bo", Stance.AGAINST, LocalDate.of(2025, 6, day), "b" + day, null));
        }
        List<ActorEdge> edges = Contradictions.of(
                TOPIC, List.of(side("ana", Stance.FAVOUR, statements), side("bo", Stance.AGAINST, statements)));
        assertEquals(100, edges.get(0).count());
        assertEquals(
                List.of(new ActorEdge.Pair(
                        statements.get(1).statement(), statements.get(0).statement())),
                edges.get(0).evidence(),
                "one pair, the earliest: the first of bo's, with the first of ana's");
        assertEquals(LocalDate.of(2025, 6, 1), edges.get(0).first());
        assertEquals(LocalDate.of(2025, 6, 10), edges.get(0).last());
    }

    @Test
    void aPositionCountsOneActorsUtterancesAndReportsWithOneStanceAndKeepsTheEarliestReport() {
        List<Said> statements = List.of(
                said("ana", Stance.AGAINST, MAY_2, "a1", null),
                said("ana", Stance.AGAINST, MAY_1, "a1", null),
                said("ana", Stance.AGAINST, MAY_1, "a2", null),
                said("ana", Stance.AGAINST, null, "a3", null),
                said("ana", Stance.FAVOUR, null, "a3", null));
        Position against = Position.of(TOPIC, side("ana", Stance.AGAINST, statements));
        // May 1 in two articles is one utterance; May 2 and the undated one (published May 9) are two more.
        assertEquals(3, against.utterances());
        assertEquals(4, against.reports());
        assertEquals(MAY_1, against.first());
        assertEquals(MAY_9, against.last());
        assertEquals(statements.get(1).statement(), against.earliestReport());
        assertEquals(Stance.AGAINST, against.stance());
    }

    @Test
    void everyActorAndStanceIsASideAndNeutralSidesMakeNoEdges() {
        List<Said> statements = List.of(
                said("ana", Stance.NEUTRAL, MAY_1, "a1", null),
                said("bo", Stance.FAVOUR, MAY_2, "a2", null),
                said("bo", Stance.AGAINST, MAY_9, "a2", null));
        List<Side> sides = ActorLevelDerivation.sides(Utterances.of(statements));
        assertEquals(
                List.of("ana NEUTRAL", "bo FAVOUR", "bo AGAINST"),
                sides.stream()
                        .map(s -> s.actor().substring(s.actor().lastIndexOf('/') + 1) + " " + s.stance())
                        .toList());
        assertEquals(
                List.of(ActorEdge.Kind.REVERSAL),
                ActorLevelDerivation.edges(TOPIC, sides).stream()
                        .map(ActorEdge::kind)
                        .toList(),
                "bo reversed; ana, neutral, contradicted no one and was contradicted by no one");
    }

    @Test
    void reversalEvidenceDoesNotDependOnTheOrderStatementsArriveIn() {
        List<Said> statements = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statements.add(said("ana", Stance.FAVOUR, MAY_1, "a1", null)); // four utterances of one day
        }
        statements.add(said("ana", Stance.AGAINST, MAY_9, "a2", null));
        statements.add(said("ana", Stance.AGAINST, MAY_9, "a2", null));
        List<Said> reversed = new ArrayList<>(statements);
        java.util.Collections.reverse(reversed);
        List<ActorEdge> inOrder =
                Reversals.of(TOPIC, side("ana", Stance.FAVOUR, statements), side("ana", Stance.AGAINST, statements));
        List<ActorEdge> inReverse =
                Reversals.of(TOPIC, side("ana", Stance.FAVOUR, reversed), side("ana", Stance.AGAINST, reversed));
        assertEquals(3, inOrder.get(0).evidence().size(), "eight pairs, three kept");
        assertEquals(inOrder, inReverse);
    }

    @Test
    void anActorWhoChangedSidesOnLaterDaysReversed() {
        List<Said> statements = List.of(
                said("ana", Stance.FAVOUR, MAY_1, "a1", null),
                said("ana", Stance.AGAINST, MAY_9, "a2", null),
                said("ana", Stance.AGAINST, null, "a3", null));
        List<ActorEdge> edges =
                Reversals.of(TOPIC, side("ana", Stance.FAVOUR, statements), side("ana", Stance.AGAINST, statements));
        assertEquals(1, edges.size());
        assertEquals(1, edges.get(0).count());
        assertEquals(MAY_1, edges.get(0).first());
        assertEquals(MAY_9, edges.get(0).last());
        assertEquals(
                List.of(new ActorEdge.Pair(
                        statements.get(1).statement(), statements.get(0).statement())),
                edges.get(0).evidence());
        assertTrue(
                Reversals.of(
                                TOPIC,
                                side("ana", Stance.FAVOUR, statements.subList(0, 1)),
                                side("ana", Stance.AGAINST, statements.subList(2, 3)))
                        .isEmpty(),
                "no reversal without both days");
    }

    @Test
    void derivingOnlyTheEdgesOfSpeakersWhoChangedGivesWhatDerivingEverythingGives() {
        List<Said> before = fiveSpeakersInThreeArticles();
        Set<Triple> stored = new HashSet<>();
        ActorLevelDerivation.derive(TopicFacts.allNew(before), TOPIC, stored::add);

        // Article a3 goes (ed's only statement); a4 brings bo against, bo for on an earlier day (the
        // earliest evidence of bo contradicting ana now), and ana for.
        List<Said> after = new ArrayList<>(before.subList(0, 4));
        after.add(said("bo", Stance.FAVOUR, MAY_2, "a4", null));
        after.add(said("bo", Stance.AGAINST, MAY_9, "a4", "The ferries cannot carry a tax."));
        after.add(said("ana", Stance.FAVOUR, MAY_9, "a4", null, "dee"));
        TopicFacts changed = new TopicFacts(
                after, Set.of("https://ex.org/actor/ed", "https://ex.org/actor/bo", "https://ex.org/actor/ana"), false);
        Set<Triple> incremental = new HashSet<>();
        stored.stream()
                .filter(ActorLevelDerivation.covers(changed, TOPIC).negate())
                .forEach(incremental::add);
        ActorLevelDerivation.derive(changed, TOPIC, incremental::add);

        Set<Triple> fromScratch = new HashSet<>();
        ActorLevelDerivation.derive(TopicFacts.allNew(after), TOPIC, fromScratch::add);
        assertEquals(fromScratch, incremental);
        assertTrue(
                stored.stream()
                        .anyMatch(ActorLevelDerivation.covers(changed, TOPIC).negate()),
                "the edge of cy and dee, who did not change, is left as it was");
    }

    /**
     * Databases keep what the rules derived and compare it with what they derive again from the
     * same statements (see {@link DerivedTriples#RULES}): when what the rules give changes, this
     * fingerprint does, and the version must be raised with it.
     */
    @Test
    void theRulesVersionChangesWithWhatTheRulesGive() throws Exception {
        List<Said> statements = fourSpeakersOneOfWhomTurnsAndOneNeutral();
        List<String> lines = new ArrayList<>();
        ActorLevelDerivation.derive(statements, TOPIC, t -> lines.add(t.toString()));
        Collections.sort(lines);
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        String fingerprint = HexFormat.of().formatHex(digest).substring(0, 16);
        Map<String, String> fingerprintOfRules = Map.of("1", "7aeb711178075d41");
        assertEquals(
                fingerprintOfRules.get(DerivedTriples.RULES),
                fingerprint,
                "what the rules derive changed: raise DerivedTriples.RULES and record the new fingerprint here");
    }

    @Test
    void derivingWhatAGraphWasDerivedFromGivesWhatItHoldsOfTheCoveredTriples() {
        List<Said> before = fiveSpeakersInThreeArticles();
        Set<Triple> stored = new HashSet<>();
        ActorLevelDerivation.derive(TopicFacts.allNew(before), TOPIC, stored::add);
        List<Said> after = new ArrayList<>(before.subList(0, 4));
        after.add(said("bo", Stance.AGAINST, MAY_9, "a4", null));
        Set<String> changedSpeakers = Set.of("https://ex.org/actor/ed", "https://ex.org/actor/bo");
        TopicFacts changed = new TopicFacts(after, Optional.of(before), changedSpeakers, false);

        Set<Triple> derivedAgain = new HashSet<>();
        assertTrue(ActorLevelDerivation.deriveBefore(changed, TOPIC, derivedAgain::add));
        Set<Triple> covered = new HashSet<>();
        stored.stream().filter(ActorLevelDerivation.covers(changed, TOPIC)).forEach(covered::add);
        assertEquals(covered, derivedAgain);
        assertTrue(derivedAgain.size() < stored.size(), "the edge of cy and dee is not derived again");
        assertFalse(
                ActorLevelDerivation.deriveBefore(new TopicFacts(after, changedSpeakers, false), TOPIC, t -> {}),
                "nothing known of what the graph was derived from");
    }

    @Test
    void aTopicDerivedActorByActorAndPairOfBlocksByPairGivesWhatItGivesWhole() {
        List<Said> statements = new ArrayList<>(fourSpeakersOneOfWhomTurnsAndOneNeutral());
        statements.add(said("ed", Stance.AGAINST, MAY_9, "a3", null));
        Set<Triple> whole = new HashSet<>();
        ActorLevelDerivation.derive(statements, TOPIC, whole::add);

        Set<Triple> inShares = new HashSet<>();
        statements.stream()
                .collect(java.util.stream.Collectors.groupingBy(Said::speaker))
                .values()
                .forEach(mine -> ActorLevelDerivation.deriveWithoutContradictions(mine, TOPIC, inShares::add));
        // Two blocks of actors, {ana, cy, ed} and {bo, dee}: the pairs within each, and those across.
        java.util.function.ToIntFunction<String> block = actor -> actor.matches(".*/(bo|dee)") ? 1 : 0;
        for (int[] blocks : new int[][] {{0, 0}, {0, 1}, {1, 1}}) {
            List<Said> both = statements.stream()
                    .filter(s ->
                            block.applyAsInt(s.speaker()) == blocks[0] || block.applyAsInt(s.speaker()) == blocks[1])
                    .toList();
            ActorLevelDerivation.deriveContradictions(
                    both,
                    TOPIC,
                    (later, earlier) -> List.of(blocks[0], blocks[1])
                                    .equals(List.of(block.applyAsInt(later), block.applyAsInt(earlier)))
                            || List.of(blocks[1], blocks[0])
                                    .equals(List.of(block.applyAsInt(later), block.applyAsInt(earlier))),
                    inShares::add);
        }

        assertEquals(whole, inShares);
        assertTrue(whole.stream().anyMatch(t -> t.getPredicate().getURI().endsWith("reverses")), "ana reversed");
        assertTrue(
                whole.stream()
                                .filter(t -> t.getPredicate().getURI().endsWith("contradictsActor"))
                                .count()
                        >= 3,
                "edges within both blocks and across them");
    }
}
