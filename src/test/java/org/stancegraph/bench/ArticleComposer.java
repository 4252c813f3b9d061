package org.stancegraph.bench;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.stancegraph.bench.SyntheticRoster.Actor;

/**
 * Writes one synthetic news article from templates: a dateline and lead, reported statements of
 * several actors on one debate (with quotes, pronoun follow-ups, responses and dates relative to
 * publication), background sentences that state nothing, and sometimes a block of teasers of other
 * stories. Everything it writes depends only on the seed, the roster, the topics and the article's
 * number.
 *
 * <pre>{@code
 * ArticleComposer composer = new ArticleComposer(
 *         42, SyntheticRoster.of(42, 300), SyntheticTopic.ALL, "https://example.org/topic/");
 * GeneratedArticle article = composer.compose(1);
 * }</pre>
 */
final class ArticleComposer {

    /** The first day articles can be published; they spread over the year that follows. */
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

    private static final int PUBLICATION_DAYS = 365;
    private static final int MAX_SENTENCES = 35;
    private static final double REVERSAL_SHARE = 0.06;

    private static final long CAMP = 0xCA3B;
    private static final long REVERSAL = 0x4E7E;
    private static final long TURN = 0x7043;
    private static final long CAST = 0xCA57;
    private static final int CIRCLE = 30;
    private static final long POPULARITY = 0x9091;

    private record Publisher(String name, String domain) {}

    private static final List<Publisher> PUBLISHERS = List.of(
            new Publisher("The Northern Ledger", "www.northernledger.example"),
            new Publisher("Continental Wire", "www.continentalwire.example"),
            new Publisher("The Evening Sentinel", "www.eveningsentinel.example"),
            new Publisher("Harbour Post", "www.harbourpost.example"),
            new Publisher("Capital Dispatch", "www.capitaldispatch.example"),
            new Publisher("The Meridian Review", "www.meridianreview.example"));

    /** Who speaks: an actor of the roster, or an unnamed official of a government. */
    private record Speaker(Actor actor, boolean anonymous) {

        boolean person() {
            return !anonymous && actor.person();
        }

        String label() {
            return anonymous ? "senior " + actor.country().adjective() + " official" : actor.label();
        }
    }

    /** When a statement was made, the words that say so, and what they resolve to (null: nothing). */
    private record When(LocalDate day, String phrase, String value, String cue) {}

    /** The slots a statement template fills. */
    private record Slots(
            String subject,
            Speaker speaker,
            SyntheticTopic topic,
            When when,
            boolean early,
            String previous,
            Random random) {

        /** The subject at the start of a sentence. */
        String start() {
            return capitalize(subject);
        }

        /** The date right after "said": "said on Tuesday that". */
        String d() {
            return when.phrase();
        }

        /** The date between subject and verb ("Berg on Tuesday rejected"), when it goes there. */
        String pre() {
            return early ? when.phrase() : "";
        }

        /** The date after the object ("rejected calls for a tax on Tuesday"), when it goes there. */
        String post() {
            return early ? "" : when.phrase();
        }

        String pronoun() {
            return speaker.person() ? (speaker.actor().female() ? "she" : "he") : "it";
        }

        String possessive() {
            return speaker.person() ? (speaker.actor().female() ? "her" : "his") : "its";
        }

        String the() {
            return topic.definite();
        }

        String a() {
            return topic.indefinite();
        }

        /** Where it was said, sometimes: " at a news conference in Oslo". */
        String where() {
            return random.nextDouble() < 0.6 ? pick(random, PLACES).replace("{city}", city()) : "";
        }

        /** How a quote is attributed: people tell reporters, institutions issue statements. */
        String told() {
            if (speaker.anonymous()) {
                return " said";
            }
            return speaker.person() ? " told reporters" : " said in a statement";
        }

        String city() {
            return titleCase(speaker.actor().country().capital().toLowerCase(Locale.ROOT));
        }
    }

    private static final List<String> PLACES = List.of(
            " at a news conference in {city}",
            " during a heated debate in parliament",
            " in a television interview broadcast in the evening",
            " after a meeting of the cabinet",
            " in an interview with public radio",
            " at a party rally in {city} attended by several thousand supporters",
            " in a speech to an employers’ association in {city}",
            " in an interview with a regional newspaper");

    /** Who may be the subject of a template. */
    private enum Who {
        PERSON,
        GOVERNMENT,
        PARTY,
        SOURCE;

        static Who of(Speaker speaker) {
            if (speaker.anonymous()) {
                return SOURCE;
            }
            return switch (speaker.actor().kind()) {
                case GOVERNMENT -> GOVERNMENT;
                case PARTY -> PARTY;
                default -> PERSON;
            };
        }
    }

    private static final Set<Who> ALL = Set.of(Who.values());
    private static final Set<Who> PERSON = Set.of(Who.PERSON);
    private static final Set<Who> NAMED = Set.of(Who.PERSON, Who.GOVERNMENT, Who.PARTY);

    /**
     * A statement template: the stance it is written to take, who may say it, whether it opens
     * with a quote (it then cannot follow a prefix such as "Separately,"), whether it answers the
     * previous speaker ({@code Slots.previous}), and whether it refers back to the article's topic
     * without naming it.
     */
    private record Template(
            String stance,
            Set<Who> who,
            boolean quoteFirst,
            boolean responds,
            boolean refersBack,
            Function<Slots, String> text) {

        static Template of(String stance, Set<Who> who, Function<Slots, String> text) {
            return new Template(stance, who, false, false, false, text);
        }

        static Template quote(String stance, Set<Who> who, Function<Slots, String> text) {
            return new Template(stance, who, true, false, false, text);
        }

        static Template response(String stance, Function<Slots, String> text) {
            return new Template(stance, ALL, false, true, false, text);
        }

        /** A template that names no topic but refers back to the article's ("the proposal"). */
        static Template referring(String stance, Set<Who> who, Function<Slots, String> text) {
            return new Template(stance, who, false, false, true, text);
        }
    }

    private static final List<String> DISMISSALS = List.of(
            "unaffordable", "a gimmick", "costly and unworkable", "a distraction", "premature", "badly thought out");

    private static final List<Template> TEMPLATES = List.of(
            // favour
            Template.of(
                    "favour",
                    ALL,
                    s -> s.start() + " said" + s.d() + " that " + s.the() + " is essential to "
                            + s.topic().goal() + "."),
            Template.of("favour", ALL, s -> s.start() + s.pre() + " called for " + s.a() + s.post() + s.where() + "."),
            Template.of(
                    "favour",
                    ALL,
                    s -> s.start() + s.pre() + " backed " + s.a() + s.post() + ", saying it would "
                            + s.topic().goal() + "."),
            Template.of("favour", ALL, s -> s.start() + s.pre() + " endorsed " + s.a() + s.post() + s.where() + "."),
            Template.of(
                    "favour",
                    NAMED,
                    s -> s.start() + " said" + s.d() + " " + s.pronoun() + " was in favour of " + s.a() + s.where()
                            + "."),
            Template.quote(
                    "favour",
                    ALL,
                    s -> "“We need " + s.a() + ", and we need it soon,” " + s.subject() + s.told() + s.d() + "."),
            Template.of(
                    "favour",
                    Set.of(Who.PERSON, Who.SOURCE, Who.PARTY),
                    s -> s.start() + s.pre() + " urged the government to "
                            + s.topic().verbPhrase() + s.post() + s.where() + "."),
            Template.of(
                    "favour",
                    PERSON,
                    s -> s.start() + s.pre() + " pledged to " + s.topic().verbPhrase() + s.post()
                            + " if re-elected, saying it would " + s.topic().goal() + "."),
            Template.of(
                    "favour",
                    ALL,
                    s -> s.start() + " insisted" + s.d() + " that the country should "
                            + s.topic().verbPhrase() + s.where() + "."),
            Template.of(
                    "favour",
                    ALL,
                    s -> s.start() + s.pre() + " proposed " + s.a() + s.post() + " to "
                            + s.topic().goal() + "."),
            Template.of(
                    "favour",
                    Set.of(Who.GOVERNMENT),
                    s -> s.start() + " announced" + s.d() + " that it would "
                            + s.topic().verbPhrase() + " next year."),
            Template.of(
                    "favour",
                    Set.of(Who.GOVERNMENT),
                    s -> s.start() + " said" + s.d() + " that it had decided to "
                            + s.topic().verbPhrase() + "."),
            Template.of(
                    "favour",
                    ALL,
                    s -> s.start() + " said" + s.d() + " that " + s.the() + " is necessary to "
                            + s.topic().goal() + "."),
            Template.referring(
                    "favour", ALL, s -> s.start() + s.pre() + " welcomed the proposal" + s.post() + s.where() + "."),
            Template.response(
                    "favour",
                    s -> s.start() + s.pre() + " backed " + s.previous() + "’s proposal for " + s.a() + s.post() + "."),
            // against
            Template.of(
                    "against",
                    ALL,
                    s -> s.start() + s.pre() + " rejected calls for " + s.a() + s.post() + s.where() + "."),
            Template.of(
                    "against",
                    ALL,
                    s -> s.start() + s.pre() + " warned against " + s.a() + s.post() + ", saying it would "
                            + s.topic().harm() + "."),
            Template.quote(
                    "against",
                    PERSON,
                    s -> "“There will be no " + s.topic().shortName() + " while I am in office,” " + s.subject()
                            + " said" + s.d() + "."),
            Template.quote(
                    "against",
                    Set.of(Who.GOVERNMENT),
                    s -> "“There will be no " + s.topic().shortName() + " under this government,” " + s.subject()
                            + " said" + s.d() + "."),
            Template.of(
                    "against",
                    ALL,
                    s -> s.start() + " said" + s.d() + " that " + s.the() + " was out of the question."),
            Template.of("against", ALL, s -> s.start() + s.pre() + " ruled out " + s.a() + s.post() + s.where() + "."),
            Template.of(
                    "against",
                    PERSON,
                    s -> s.start() + " said" + s.d() + " " + s.pronoun() + " would oppose " + s.a() + s.where() + "."),
            Template.of(
                    "against",
                    ALL,
                    s -> s.start() + s.pre() + " criticised " + s.the() + s.post() + ", saying it would "
                            + s.topic().harm() + "."),
            Template.of(
                    "against",
                    ALL,
                    s -> s.start() + s.pre() + " dismissed " + s.the() + s.post() + " as "
                            + pick(s.random(), DISMISSALS) + s.where() + "."),
            Template.quote(
                    "against",
                    ALL,
                    s -> "“We have no plans to " + s.topic().verbPhrase() + ",” " + s.subject() + s.told() + s.d()
                            + "."),
            Template.of(
                    "against",
                    Set.of(Who.PERSON, Who.PARTY, Who.SOURCE),
                    s -> s.start() + s.pre() + " urged lawmakers to reject " + s.a() + s.post() + s.where() + "."),
            Template.of(
                    "against",
                    ALL,
                    s -> s.start() + s.pre() + " expressed concern about " + s.a() + s.post() + s.where() + "."),
            Template.of(
                    "against",
                    ALL,
                    s -> s.start() + " said" + s.d() + " that " + s.the()
                            + " should not go ahead in its current form."),
            Template.of(
                    "against",
                    ALL,
                    s -> s.start() + " warned" + s.d() + " that " + s.the() + " would "
                            + s.topic().harm() + "."),
            Template.of(
                    "against",
                    Set.of(Who.PARTY),
                    s -> s.start() + " said" + s.d() + " it would vote to block " + s.the() + "."),
            Template.referring(
                    "against",
                    ALL,
                    s -> s.start() + s.pre() + " dismissed the idea" + s.post() + " as " + pick(s.random(), DISMISSALS)
                            + s.where() + "."),
            Template.response(
                    "against",
                    s -> s.start() + s.pre() + " rejected " + s.previous() + "’s proposal for " + s.a() + s.post()
                            + "."),
            // neutral
            Template.of(
                    "neutral",
                    ALL,
                    s -> s.start() + " said" + s.d() + " that the cabinet would discuss " + s.a()
                            + " at its next meeting."),
            Template.of(
                    "neutral",
                    PERSON,
                    s -> s.start() + " acknowledged" + s.d() + " that " + s.the() + " had divided opinion within "
                            + s.possessive() + " party."),
            Template.of(
                    "neutral",
                    Set.of(Who.GOVERNMENT, Who.PARTY, Who.SOURCE),
                    s -> s.start() + " acknowledged" + s.d() + " that " + s.the()
                            + " had divided opinion within the coalition."),
            Template.of(
                    "neutral",
                    ALL,
                    s -> s.start() + " noted" + s.d() + " that a study on " + s.a()
                            + " was due to be published in the autumn."),
            Template.quote(
                    "neutral",
                    ALL,
                    s -> "Asked about " + s.a() + s.d() + ", " + s.subject()
                            + " said the question was still being examined by experts."),
            Template.quote(
                    "neutral",
                    ALL,
                    s -> "“We will look carefully at " + s.a() + ",” " + s.subject() + s.told() + s.d() + "."),
            Template.of(
                    "neutral",
                    ALL,
                    s -> s.start() + " explained" + s.d() + " that any decision on " + s.a()
                            + " would follow a public consultation."),
            Template.of(
                    "neutral",
                    PERSON,
                    s -> s.start() + " said" + s.d() + " that " + s.pronoun() + " had not yet made up " + s.possessive()
                            + " mind about " + s.a() + s.where() + "."),
            Template.referring(
                    "neutral",
                    ALL,
                    s -> s.start() + " said" + s.d() + " that the plan raised questions that had yet to be answered."));

    /** "In response, …": answers whoever spoke just before, and takes the opposite side. */
    private static final List<Template> IN_RESPONSE = List.of(
            Template.response(
                    "favour",
                    s -> "In response, " + s.subject() + " said" + s.d() + " that " + s.the() + " is essential to "
                            + s.topic().goal() + "."),
            Template.response(
                    "against",
                    s -> "In response, " + s.subject() + " said" + s.d() + " that " + s.the()
                            + " should not go ahead."));

    /** Quotes a speaker adds after a statement: {@code %s} is the topic phrase named in each. */
    private static final List<Function<SyntheticTopic, String>> FAVOUR_QUOTES = List.of(
            t -> "This country needs " + t.indefinite(),
            t -> capitalize(t.definite()) + " is essential if we want to " + t.goal(),
            t -> "We should " + t.verbPhrase() + " without further delay",
            t -> "I am in favour of " + t.indefinite() + " because it will " + t.goal());

    private static final List<Function<SyntheticTopic, String>> AGAINST_QUOTES = List.of(
            t -> "There is no need for " + t.indefinite(),
            t -> capitalize(t.definite()) + " is out of the question",
            t -> "We have no plans to " + t.verbPhrase(),
            t -> capitalize(t.definite()) + " would " + t.harm() + ", and we should not go down that road");

    private static final List<Function<SyntheticTopic, String>> NEUTRAL_QUOTES = List.of(
            t -> "We will study " + t.definite() + " carefully before taking a position",
            t -> "The debate on " + t.indefinite() + " has only just begun",
            t -> "Nobody has the full picture on " + t.indefinite() + " yet");

    /** Background: sentences that state no one's position. {@code B} gives the slots. */
    private record B(SyntheticTopic topic, SyntheticRoster.Country country, Random random) {
        int n(int from, int to) {
            return from + random.nextInt(to - from + 1);
        }
    }

    private static final List<Function<B, String>> BACKGROUND = List.of(
            b -> capitalize(b.topic().definite()) + " has been a source of friction within the governing coalition"
                    + " for months, and has twice delayed the publication of the budget.",
            b -> "Parliament is expected to vote on the bill before the summer recess, although the date has"
                    + " already been moved once.",
            b -> "A poll published this month found that " + b.n(31, 64) + " percent of voters were in favour of "
                    + b.topic().indefinite() + ", with younger voters the most enthusiastic.",
            b -> "The finance ministry has put the cost of the measure at " + b.n(2, 14) + " billion euros over "
                    + b.n(3, 6) + " years, a figure that independent economists consider optimistic.",
            b -> "Similar schemes are already in place in " + b.n(3, 9) + " other European countries, with mixed"
                    + " results so far.",
            b -> "The debate has pitted business groups, worried about their costs, against trade unions and"
                    + " consumer organisations.",
            b -> "Economists are divided over the likely effect on growth and employment, and the central bank"
                    + " has so far kept out of the argument.",
            b -> "The governing coalition holds " + b.n(76, 98) + " of the " + b.n(150, 180)
                    + " seats in the lower house, a majority that has grown thinner after two defections this year.",
            b -> "The measure was first put forward " + b.n(3, 9) + " years ago but stalled in committee after a"
                    + " change of government.",
            b -> "Opinion polls show the issue among the top concerns of voters, just behind the cost of living"
                    + " and housing.",
            b -> "A parliamentary committee is due to publish its report on "
                    + b.topic().indefinite() + " in the autumn, after hearing more than forty witnesses.",
            b -> "Talks between the coalition partners are set to continue next week, with the budget"
                    + " timetable adding to the pressure.",
            b -> "Regional governments have asked for more time to prepare and for money to cover the cost of"
                    + " putting the changes into practice.",
            b -> b.country().name() + " would be among the first countries in Europe to take such a step, and"
                    + " its neighbours are following the debate closely.",
            b -> "Industry associations have launched a campaign of newspaper advertisements on the subject,"
                    + " while campaign groups have organised rallies in several cities.",
            b -> "The government’s majority in the upper house is slim, and several of its own members have yet"
                    + " to make their position public.",
            b -> "Several cabinet meetings on the subject have ended without agreement, and the prime"
                    + " minister’s office has kept a low profile.",
            b -> "The issue is likely to dominate the autumn party conferences, where delegates will vote on"
                    + " their programmes for the next election.",
            b -> "Petitions on both sides have gathered more than " + b.n(20, 300) + ",000 signatures, and one of"
                    + " them will be debated in parliament.",
            b -> "The dispute comes at a difficult time for the government, which faces a budget shortfall and"
                    + " falling approval ratings.",
            b -> "Thousands of people marched through "
                    + titleCase(b.country().capital().toLowerCase(Locale.ROOT))
                    + " at the weekend, carrying banners and blocking traffic for several hours.",
            b -> "Two earlier attempts at a similar reform failed in the courts, which found that the rules had"
                    + " been drafted in haste.",
            b -> "Local councils would be responsible for much of the work, and many of them have warned of"
                    + " staff shortages.",
            b -> "Turnout at the last general election was " + b.n(55, 81) + " percent, and the governing parties"
                    + " lost ground in the regional votes that followed.",
            b -> "Experts from the national audit office examined the figures in a report last year and asked for"
                    + " clearer estimates.",
            b -> "The question has also split the opposition, whose parties have struggled to agree on a common"
                    + " line.");

    private static final List<Function<B, String>> LEAD_CONTEXT = List.of(
            b -> "The remarks reopened a debate that has divided the governing coalition for months and"
                    + " unsettled its partners in parliament.",
            b -> "The comments came ahead of a vote in parliament on "
                    + b.topic().definite() + ", which the government hopes to hold before the end of the session.",
            b -> capitalize(b.topic().definite()) + " has become one of the most contested questions in "
                    + b.country().name() + " this year, with protests in several cities.",
            b -> "The debate over " + b.topic().indefinite() + " has intensified in recent weeks, as the"
                    + " government prepares its budget for next year.");

    private static final List<Function<B, String>> CLOSING = List.of(
            b -> "A final decision is not expected before the end of the year, and the parties have until then"
                    + " to find a compromise.",
            b -> "Parliament returns from its recess next month, when the bill is due for a first reading.",
            b -> "The committee stage of the bill is expected to take several months, with hearings open to the"
                    + " public.",
            b -> "Ministers are due to meet again in two weeks, when a first draft of the legislation is"
                    + " expected.");

    /** Openers set before the subject of a statement. */
    private static final List<String> OPENERS = List.of(
            "Speaking to reporters in {city}, ",
            "After a two-hour cabinet meeting, ",
            "In a sign of the widening rift, ",
            "At a party meeting in {city}, ",
            "In a message to supporters, ");

    /** Quoted sentences that carry no position, added after a quote. */
    private static final List<String> FILLER_QUOTES = List.of(
            "“People want clarity, and they deserve it.”",
            "“This is about the kind of country we want to be.”",
            "“The numbers speak for themselves.”",
            "“We owe voters an honest answer.”",
            "“Nobody can pretend this is simple.”",
            "“We have been through this before, and we know what works.”");

    private static final List<String> TEASER_SUMMARIES = List.of(
            "Ministers are expected to present a draft before the end of the year.",
            "The decision follows months of debate in parliament.",
            "Hundreds gathered outside the ministry in the rain.",
            "A final vote is not expected before the autumn.",
            "The plan would cost more than initially estimated.",
            "Regional leaders met behind closed doors for six hours.");

    private final long seed;
    private final SyntheticRoster roster;
    private final List<SyntheticTopic> topics;
    private final String namespace;
    private final double[] popularity;
    private final List<List<Actor>> casts = new ArrayList<>();
    private final List<List<Actor>> circles = new ArrayList<>();

    ArticleComposer(long seed, SyntheticRoster roster, List<SyntheticTopic> topics, String namespace) {
        this.seed = seed;
        this.roster = roster;
        this.topics = List.copyOf(topics);
        this.namespace = namespace;
        // Some debates run in many articles, others in few: weights 1/(rank+2) in a seeded order.
        int[] rank = IntStream.range(0, topics.size())
                .boxed()
                .sorted(Comparator.comparingDouble(t -> Mix.unit(seed, POPULARITY, t)))
                .mapToInt(Integer::intValue)
                .toArray();
        double[] weights = new double[topics.size()];
        for (int r = 0; r < rank.length; r++) {
            weights[rank[r]] = 1.0 / (r + 2);
        }
        popularity = new double[topics.size()];
        double sum = 0;
        for (int t = 0; t < weights.length; t++) {
            sum += weights[t];
            popularity[t] = sum;
        }
        for (int t = 0; t < popularity.length; t++) {
            popularity[t] /= sum;
        }
        for (int t = 0; t < topics.size(); t++) {
            casts.add(cast(t));
            circles.add(circle(t));
        }
    }

    /**
     * The people who debate topic {@code t} most often: ministers of its area first, the camps
     * filled by quota (7 for, 7 against, 4 neutral) so that no debate is one-sided.
     */
    private List<Actor> cast(int t) {
        SyntheticTopic topic = topics.get(t);
        Map<String, Integer> room = new HashMap<>(Map.of("favour", 7, "against", 7, "neutral", 4));
        List<Actor> cast = new ArrayList<>();
        roster.people().stream()
                .sorted(Comparator.comparingDouble(
                        a -> Mix.unit(seed, CAST, t, a.index()) - (a.area() == topic.area() ? 0.35 : 0)))
                .forEach(a -> {
                    String camp = camp(a, t);
                    if (room.get(camp) > 0) {
                        room.merge(camp, -1, Integer::sum);
                        cast.add(a);
                    }
                });
        return List.copyOf(cast);
    }

    /**
     * The wider circle of topic {@code t}: the next {@value #CIRCLE} people by the cast's order who
     * are not in its cast, who speak on it now and then. A debate's speakers are many but bounded,
     * as in real coverage, where the same commentators return; drawing them from everyone would
     * make every person of the roster speak on every topic.
     */
    private List<Actor> circle(int t) {
        SyntheticTopic topic = topics.get(t);
        return roster.people().stream()
                .filter(a -> !casts.get(t).contains(a))
                .sorted(Comparator.comparingDouble(
                        a -> Mix.unit(seed, CAST, t, a.index()) - (a.area() == topic.area() ? 0.35 : 0)))
                .limit(CIRCLE)
                .toList();
    }

    /** The side {@code actor} takes on topic {@code t} before any change of mind. */
    private String camp(Actor actor, int t) {
        double camp = Mix.unit(seed, CAMP, actor.index(), t);
        return camp < 0.4 ? "favour" : camp < 0.8 ? "against" : "neutral";
    }

    /** The stance {@code actor} takes on topic {@code t} on {@code day}: its camp, unless it has turned. */
    String stance(Actor actor, int t, LocalDate day) {
        String stance = camp(actor, t);
        if (!stance.equals("neutral") && Mix.unit(seed, REVERSAL, actor.index(), t) < REVERSAL_SHARE) {
            LocalDate turn = FIRST_DAY.plusDays(60 + (long) (Mix.unit(seed, TURN, actor.index(), t) * 240));
            if (!day.isBefore(turn)) {
                stance = stance.equals("favour") ? "against" : "favour";
            }
        }
        return stance;
    }

    /** Article {@code number} (1-based), the same whatever else is generated. */
    GeneratedArticle compose(int number) {
        return new Draft(number).write();
    }

    /** The state of one article while it is written. */
    private final class Draft {
        private final int number;
        private final Random random;
        private final LocalDate published;
        private final int t;
        private final SyntheticTopic topic;
        private final boolean honorific;
        private final StringBuilder text = new StringBuilder();
        private final List<IntendedStatement> statements = new ArrayList<>();
        private final Set<Speaker> introduced = new HashSet<>();
        private final Map<Speaker, Integer> blocks = new HashMap<>();
        private final Set<Object> used = new HashSet<>();
        private boolean paragraphOpen;
        private int sentences;
        private int tokens;

        Draft(int number) {
            this.number = number;
            this.random = new Random(Mix.of(seed, number));
            this.published = FIRST_DAY.plusDays(random.nextInt(PUBLICATION_DAYS));
            this.t = pickTopic(random.nextDouble());
            this.topic = topics.get(t);
            this.honorific = random.nextDouble() < 0.3;
        }

        GeneratedArticle write() {
            Publisher publisher = pick(random, PUBLISHERS);
            List<Speaker> speakers = speakers();
            Speaker lead = speakers.get(0);
            SyntheticRoster.Country country = lead.actor().country();
            int tokenTarget = 540 + random.nextInt(141);

            String leadStance = state(lead, topic, t, country.capital() + " — ", false, false);
            background(LEAD_CONTEXT, country);
            paragraph();
            background(BACKGROUND, country);
            if (random.nextBoolean()) {
                background(BACKGROUND, country);
            }
            boolean advertised = false;
            for (int i = 1; i < speakers.size() && tokens < tokenTarget - 120 && sentences < MAX_SENTENCES - 6; i++) {
                block(speakers.get(i), country);
                if (!advertised && random.nextDouble() < 0.03) {
                    line("Advertisement");
                    advertised = true;
                }
            }
            if (random.nextDouble() < 0.3 && sentences < MAX_SENTENCES - 4) {
                secondTopic(country);
            }
            while (tokens < tokenTarget - 30 && sentences < MAX_SENTENCES - 3) {
                List<Speaker> returning = speakers.stream()
                        .filter(x -> introduced.contains(x) && blocks.getOrDefault(x, 0) < 2)
                        .toList();
                if (!returning.isEmpty() && (random.nextBoolean() || backgroundLeft() < 2)) {
                    block(pick(random, returning), country);
                } else if (backgroundLeft() >= 2) {
                    paragraph();
                    background(BACKGROUND, country);
                    background(BACKGROUND, country);
                } else {
                    block(pick(random, speakers), country);
                }
            }
            paragraph();
            background(CLOSING, country);
            if (random.nextDouble() < 0.4) {
                teasers();
            }
            String title = title(lead, leadStance);
            String url = "https://" + publisher.domain() + "/" + published.getYear() + "/"
                    + String.format(Locale.ROOT, "%02d/%02d", published.getMonthValue(), published.getDayOfMonth())
                    + "/"
                    + slug(title) + "-" + number;
            return new GeneratedArticle(
                    String.format(Locale.ROOT, "syn-%06d", number),
                    title,
                    published,
                    url,
                    publisher.name(),
                    text.toString(),
                    namespace + topic.slug(),
                    statements);
        }

        /** The article's speakers: mostly from the topic's cast, else from its wider circle; sometimes a government, a party or an official. */
        private List<Speaker> speakers() {
            List<Actor> people = new ArrayList<>();
            int count = 5 + random.nextInt(4);
            List<Actor> cast = casts.get(t);
            while (people.size() < count) {
                Actor actor = random.nextDouble() < 0.8 ? pick(random, cast) : pick(random, circles.get(t));
                if (!people.contains(actor)) {
                    people.add(actor);
                }
            }
            List<Speaker> speakers = new ArrayList<>();
            people.forEach(p -> speakers.add(new Speaker(p, false)));
            if (random.nextDouble() < 0.35) {
                Actor institution = random.nextBoolean()
                        ? roster.governmentOf(people.get(0).country())
                        : pick(random, roster.institutions());
                speakers.add(1 + random.nextInt(speakers.size() - 1), new Speaker(institution, false));
            }
            if (random.nextDouble() < 0.15) {
                Actor government = roster.governmentOf(pick(random, people).country());
                speakers.add(1 + random.nextInt(speakers.size() - 1), new Speaker(government, true));
            }
            return speakers;
        }

        /** One speaker's paragraph: a statement, maybe a quote added, maybe some background after. */
        private void block(Speaker speaker, SyntheticRoster.Country country) {
            blocks.merge(speaker, 1, Integer::sum);
            paragraph();
            String stance = state(speaker, topic, t, "", random.nextDouble() < 0.35, false);
            if (speaker.person() && random.nextDouble() < 0.55) {
                if (random.nextBoolean()) {
                    paragraph();
                }
                followUp(speaker, stance);
            }
            if (random.nextDouble() < 0.5 && backgroundLeft() > 0) {
                paragraph();
                background(BACKGROUND, country);
            }
        }

        /** A statement on a second debate, opened by "Separately,". */
        private void secondTopic(SyntheticRoster.Country country) {
            int other = pickTopic(random.nextDouble());
            if (other == t) {
                other = (t + 1) % topics.size();
            }
            Actor actor = pick(random, casts.get(other));
            Speaker speaker = new Speaker(actor, false);
            paragraph();
            state(speaker, topics.get(other), other, "Separately, ", false, true);
            background(BACKGROUND, country);
        }

        /**
         * Writes one statement of {@code speaker} on {@code about} and records what it intends;
         * returns the stance. {@code prefix} opens the sentence (a dateline, "Separately, ").
         */
        private String state(
                Speaker speaker, SyntheticTopic about, int index, String prefix, boolean mayRespond, boolean plain) {
            When when = when();
            String stance = stance(speaker.actor(), index, when.day());
            Who who = Who.of(speaker);
            IntendedStatement previous = statements.isEmpty() ? null : statements.get(statements.size() - 1);
            boolean answerable = previous != null
                    && prefix.isEmpty()
                    && previous.topic().equals(namespace + about.slug())
                    && !previous.speaker().equals(speaker.label());
            Template template = null;
            String respondsTo = null;
            String previousName = null;
            if (mayRespond && answerable) {
                if (!previous.stance().equals(stance) && !stance.equals("neutral") && random.nextBoolean()) {
                    template = IN_RESPONSE.stream()
                            .filter(x -> x.stance().equals(stance))
                            .findFirst()
                            .orElseThrow();
                    respondsTo = previous.speaker();
                } else {
                    Speaker proposer = proposer(previous.speaker());
                    if (proposer != null && !stance.equals("neutral")) {
                        template = TEMPLATES.stream()
                                .filter(x -> x.responds() && x.stance().equals(stance))
                                .findFirst()
                                .orElseThrow();
                        respondsTo = previous.speaker();
                        previousName = reference(proposer);
                    }
                }
            }
            if (template == null) {
                boolean mainNamed = about == topic && !statements.isEmpty() && prefix.isEmpty();
                template = fresh(TEMPLATES.stream()
                        .filter(x -> x.stance().equals(stance)
                                && x.who().contains(who)
                                && !x.responds()
                                && (prefix.isEmpty() || !x.quoteFirst())
                                && (mainNamed || !x.refersBack()))
                        .toList());
            }
            String subject = subject(speaker);
            Slots slots = new Slots(subject, speaker, about, when, random.nextDouble() < 0.3, previousName, random);
            String sentence = template.text().apply(slots);
            String opening = prefix;
            boolean decapitalize = plain;
            if (prefix.isEmpty()
                    && speaker.person()
                    && !template.quoteFirst()
                    && respondsTo == null
                    && random.nextDouble() < 0.2) {
                opening = fresh(OPENERS).replace("{city}", slots.city());
                decapitalize = true;
            }
            sentence = opening + (decapitalize ? decapitalize(sentence) : sentence);
            int[] span = sentence(sentence);
            statements.add(new IntendedStatement(
                    speaker.label(),
                    namespace + about.slug(),
                    stance,
                    when.value(),
                    when.cue(),
                    respondsTo,
                    span[0],
                    span[1]));
            return stance;
        }

        /** The earlier speaker named {@code label}, if it is a person who favoured the topic. */
        private Speaker proposer(String label) {
            boolean favoured = statements.stream()
                    .anyMatch(s -> s.speaker().equals(label) && s.stance().equals("favour"));
            return favoured
                    ? introduced.stream()
                            .filter(s -> s.person() && s.label().equals(label))
                            .findFirst()
                            .orElse(null)
                    : null;
        }

        /** A quote the speaker adds, attributed by a pronoun or the surname. */
        private void followUp(Speaker speaker, String stance) {
            List<Function<SyntheticTopic, String>> quotes =
                    switch (stance) {
                        case "favour" -> FAVOUR_QUOTES;
                        case "against" -> AGAINST_QUOTES;
                        default -> NEUTRAL_QUOTES;
                    };
            String quote = fresh(quotes).apply(topic);
            double form = random.nextDouble();
            String by = form < 0.7 ? (speaker.actor().female() ? "she" : "he") : reference(speaker);
            String verb = random.nextBoolean() ? "added" : "said";
            int[] span = sentence("“" + quote + ",” " + by + " " + verb + ".");
            statements.add(new IntendedStatement(
                    speaker.label(), namespace + topic.slug(), stance, null, null, null, span[0], span[1]));
            if (random.nextDouble() < 0.35) {
                sentence(fresh(FILLER_QUOTES));
            }
        }

        /** How the text names {@code speaker} as a subject; the first time in full. */
        private String subject(Speaker speaker) {
            Actor a = speaker.actor();
            String adjective = a.country().adjective();
            if (speaker.anonymous()) {
                return introduced.add(speaker)
                        ? "a senior " + adjective + " official, speaking on condition of anonymity,"
                        : "the official";
            }
            if (!a.person()) {
                introduced.add(speaker);
                return "the " + a.label();
            }
            if (!introduced.add(speaker)) {
                return reference(speaker);
            }
            String name = a.first() + " " + a.surname();
            boolean before = random.nextBoolean();
            return switch (a.kind()) {
                case MINISTER -> before
                        ? adjective + " " + titleCase(a.area().word) + " Minister " + name
                        : name + ", the " + adjective + " " + a.area().word + " minister,";
                case LAWMAKER -> before
                        ? adjective + " lawmaker " + name
                        : name + ", a lawmaker from the " + a.party() + " party,";
                case OPPOSITION_LEADER -> before
                        ? adjective + " opposition leader " + name
                        : name + ", the " + adjective + " opposition leader,";
                case MAYOR -> before
                        ? titleCase(a.country().capital().toLowerCase(Locale.ROOT)) + " Mayor " + name
                        : name + ", the mayor of "
                                + titleCase(a.country().capital().toLowerCase(Locale.ROOT)) + ",";
                default -> throw new IllegalStateException(a.kind().toString());
            };
        }

        /** A person named before: the surname, or "Ms. Surname" in papers that use honorifics. */
        private String reference(Speaker speaker) {
            String surname = speaker.actor().surname();
            return honorific ? (speaker.actor().female() ? "Ms. " : "Mr. ") + surname : surname;
        }

        /** When the statement was made, as the text tells it, relative to publication. */
        private When when() {
            double kind = random.nextDouble();
            if (kind < 0.40) {
                int back = random.nextInt(7);
                LocalDate day = published.minusDays(back);
                String phrase = "on " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                return new When(day, " " + phrase, day.toString(), phrase);
            }
            if (kind < 0.48) {
                LocalDate day = published.minusDays(1);
                return new When(day, " yesterday", day.toString(), "yesterday");
            }
            if (kind < 0.58) {
                LocalDate day = published.minusDays(7 + random.nextInt(34));
                String phrase = "on " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                        + day.getDayOfMonth();
                return new When(day, " " + phrase, day.toString(), phrase);
            }
            if (kind < 0.68) {
                LocalDate day = published.minusDays(7 + random.nextInt(7));
                return new When(day, " last week", null, "last week");
            }
            if (kind < 0.74 && published.getDayOfMonth() > 7) {
                LocalDate day = published.minusDays(1 + random.nextInt(published.getDayOfMonth() - 1));
                return new When(day, " earlier this month", YearMonth.from(day).toString(), "earlier this month");
            }
            if (kind < 0.80) {
                LocalDate day = published.withDayOfMonth(1).minusDays(1 + random.nextInt(27));
                return new When(day, " last month", YearMonth.from(day).toString(), "last month");
            }
            return new When(published.minusDays(random.nextInt(3)), "", null, null);
        }

        /** A sentence of {@code bank} not yet used in this article (any, once all are). */
        private void background(List<Function<B, String>> bank, SyntheticRoster.Country country) {
            sentence(fresh(bank).apply(new B(topic, country, random)));
        }

        private int backgroundLeft() {
            return (int) BACKGROUND.stream().filter(b -> !used.contains(b)).count();
        }

        /** One of {@code options} this article has not used yet, if there is one. */
        private <T> T fresh(List<T> options) {
            List<T> unused = options.stream().filter(o -> !used.contains(o)).toList();
            T choice = pick(random, unused.isEmpty() ? options : unused);
            used.add(choice);
            return choice;
        }

        /** A block of teasers of other stories: a header, then headline and summary lines. */
        private void teasers() {
            text.append("\n\nRelated coverage");
            int count = 2 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                SyntheticTopic other = topics.get(pickTopic(random.nextDouble()));
                SyntheticRoster.Country country = pick(random, SyntheticRoster.COUNTRIES);
                String headline =
                        switch (random.nextInt(4)) {
                            case 0 -> country.name() + " Weighs " + titleCase(other.shortName());
                            case 1 -> "Row Over " + titleCase(other.shortName()) + " Deepens";
                            case 2 -> "Court Hears Challenge to " + titleCase(other.shortName());
                            default -> titleCase(other.shortName()) + " Back on the Agenda in " + country.name();
                        };
                String summary = pick(random, TEASER_SUMMARIES);
                text.append('\n').append(headline).append('\n').append(summary);
                tokens += words(headline) + words(summary);
            }
            paragraphOpen = false;
        }

        /** A headline from the lead statement. */
        private String title(Speaker lead, String stance) {
            String name = lead.actor().surname();
            String subject = titleCase(topic.shortName());
            return switch (stance) {
                case "favour" -> pick(
                        random,
                        List.of(
                                name + " Calls for " + subject,
                                name + " Backs " + subject,
                                name + " Throws Weight Behind " + subject));
                case "against" -> pick(
                        random,
                        List.of(
                                name + " Rejects " + subject,
                                name + " Rules Out " + subject,
                                "Opposition to " + subject + " Hardens"));
                default -> pick(
                        random,
                        List.of(
                                lead.actor().country().adjective() + " Government Weighs " + subject,
                                "Debate Over " + subject + " Heats Up"));
            };
        }

        private void paragraph() {
            paragraphOpen = false;
        }

        /** A line of its own, such as "Advertisement". */
        private void line(String line) {
            text.append("\n\n").append(line);
            paragraphOpen = false;
            tokens += words(line);
        }

        /** Appends a sentence to the open paragraph, or starts one; returns its offsets. */
        private int[] sentence(String sentence) {
            if (paragraphOpen) {
                text.append(' ');
            } else if (!text.isEmpty()) {
                text.append("\n\n");
            }
            paragraphOpen = true;
            int start = text.length();
            text.append(sentence);
            sentences++;
            tokens += words(sentence);
            return new int[] {start, text.length()};
        }
    }

    private int pickTopic(double u) {
        for (int i = 0; i < popularity.length; i++) {
            if (u < popularity[i]) {
                return i;
            }
        }
        return popularity.length - 1;
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static int words(String s) {
        String stripped = s.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String decapitalize(String s) {
        boolean article = s.startsWith("The ") || s.startsWith("A ");
        return article ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }

    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "on", "for", "in", "to", "and", "at");

    /** "short-haul flight ban" → "Short-Haul Flight Ban". */
    static String titleCase(String s) {
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (String word : s.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            if (!first && SMALL_WORDS.contains(word)) {
                out.append(word);
            } else {
                StringBuilder w = new StringBuilder();
                for (String part : word.split("-", -1)) {
                    if (!w.isEmpty()) {
                        w.append('-');
                    }
                    w.append(capitalize(part));
                }
                out.append(w);
            }
            first = false;
        }
        return out.toString();
    }

    private static String slug(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
