package org.stancegraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.stancegraph.model.Actor;
import org.stancegraph.model.ActorType;
import org.stancegraph.model.Article;
import org.stancegraph.model.Mention;
import org.stancegraph.model.Mention.Kind;
import org.stancegraph.model.Sentence;
import org.stancegraph.model.Span;
import org.stancegraph.model.Token;
import org.stancegraph.nlp.CalendarWords;

/**
 * Finds the places where an article refers to actors: registered names and office titles,
 * described sources ("a NATO official"), institutions ("the Italian government"), names the
 * registry lacks, and pronouns, surnames and descriptions ("the minister") that refer back to
 * an actor named earlier. Needs the analysed sentences and the quotes (words inside a quote are
 * the speaker's, not the reporter's, so pronouns there are not resolved).
 *
 * <pre>{@code
 * MentionFinder mentions = new MentionFinder(registry, lexicon);
 * for (Mention m : mentions.find(article, sentences, quotes)) { ... }
 * }</pre>
 */
public final class MentionFinder {

    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "two", "three", "several", "some", "other");
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    /** A preposition right before a country's name ("by" is left out: "rejected by Norway" names an agent). */
    private static final Pattern AFTER_PREPOSITION =
            Pattern.compile("(?i)\\b(?:of|in|from|to|for|with|on|at|into|against|across|over)\\s+(?:the\\s+)?$");
    /** What may stand before a name that opens a clause. */
    private static final Set<String> CLAUSE_OPENERS = Set.of(",", ";", "\u201C", "\"", "\u2014", "(");
    // Compiled once: String.matches, replaceAll and split compile their pattern at every call,
    // and these are asked at every token.
    private static final Pattern PAST_OFFICE =
            Pattern.compile("(?i)\\b(?:former|once|then|ex|erstwhile|previous|one-time)[\\s-]+$");
    private static final Pattern POSSESSIVE_S = Pattern.compile("['’]s");
    private static final Pattern ENDS_IN_POSSESSIVE = Pattern.compile(".*['’]s");
    private static final Pattern CAPITALISED_POSSESSIVE = Pattern.compile("\\p{Lu}.*['’]s");
    private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s$");
    private static final Pattern POSSESSIVE_IN_NAME = Pattern.compile("['’]s\\b");
    private static final Pattern STRAIGHT_POSSESSIVE_END = Pattern.compile("'s$");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{L}[\\p{L}'’.\\-]*");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final ActorRegistry registry;
    private final Lexicon lexicon;
    /** Country names, which as a speaker stand for their government ("France announced"). */
    private final PhraseMatcher<String> countries;

    public MentionFinder(ActorRegistry registry, Lexicon lexicon) {
        this.registry = registry;
        this.lexicon = lexicon;
        this.countries = PhraseMatcher.of(lexicon.countryNames());
    }

    /** The mentions of {@code article}, in text order, none overlapping another. */
    public List<Mention> find(Article article, List<Sentence> sentences, List<Span> quotes) {
        Collector found = new Collector(quotes);
        String text = article.text();
        LocalDate published = article.metadata().published();
        for (Sentence sentence : sentences) {
            sources(text, sentence, found);
            institutions(text, sentence, found);
            describedOffices(text, sentence, found, published);
        }
        for (PhraseMatcher.Match<Actor> name : registry.names().find(text)) {
            found.add(new Mention(name.value(), name.span(), Kind.NAME, isPossessive(text, name.span())));
        }
        for (PhraseMatcher.Match<String> country : countries.find(text)) {
            if (!Character.isUpperCase(text.charAt(country.span().start()))) {
                continue; // "us" is not the US
            }
            boolean possessive = isPossessive(text, country.span());
            Optional<Actor> registered = registry.governmentOf(country.value());
            if (registered.isEmpty() && !possessive && precededBy(AFTER_PREPOSITION, text, country.span(), 12)) {
                // "the premier of Norway", "ferries to Norway": a place. A government that is not
                // registered is inferred from the name alone, so only where the name acts.
                continue;
            }
            // "Norway rejected the plan": a country that acts does so through its government.
            Actor government = registered.orElseGet(
                    () -> Actor.discovered(lexicon.demonymOf(country.phrase()) + " government", ActorType.GOVERNMENT));
            found.add(new Mention(government, country.span(), Kind.NAME, possessive));
        }
        for (PhraseMatcher.Match<String> title : registry.titles().find(text)) {
            Optional<Actor> holder = registry.holder(title.value(), published);
            if (holder.isPresent() && !isFollowedByName(text, title.span()) && !isPastOffice(text, title.span())) {
                found.add(new Mention(holder.get(), title.span(), Kind.TITLE, isPossessive(text, title.span())));
            }
        }
        for (Sentence sentence : sentences) {
            unknownNames(text, sentence, found);
        }
        for (Sentence sentence : sentences) {
            references(text, sentence, found);
        }
        return found.sorted();
    }

    /** "the former foreign secretary", "once defence minister": an office held before, not by its holder today. */
    private static boolean isPastOffice(String text, Span title) {
        return precededBy(PAST_OFFICE, text, title, 16);
    }

    /** Whether {@code before} matches at the end of the {@code window} characters before {@code span}. */
    private static boolean precededBy(Pattern before, String text, Span span, int window) {
        return before.matcher(text.substring(Math.max(0, span.start() - window), span.start()))
                .find();
    }

    /** "a NATO official", "French diplomats", "a Downing Street spokesperson". */
    private void sources(String text, Sentence sentence, Collector found) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token noun = tokens.get(i);
            if (!isHeadSourceNoun(tokens, i) || isNameAt(tokens, i + 1)) {
                continue;
            }
            int first = modifiersBefore(tokens, i, true);
            String determiner = i > 0 && first > 0 ? lower(tokens.get(first - 1)) : "";
            boolean plural = !lower(noun).equals(noun.lemma());
            if (!INDEFINITE.contains(determiner) && !plural && !"the".equals(determiner)) {
                continue;
            }
            if ("the".equals(determiner) && lexicon.isTitleWord(noun.text())) {
                continue; // "the French leader" is a description of someone named before, not a source
            }
            Span span = new Span(tokens.get(first).start(), noun.end());
            String label = span.of(text);
            Optional<Actor> institution = registry.names().find(label).stream()
                    .map(PhraseMatcher.Match::value)
                    .filter(a -> a.type() != ActorType.PERSON)
                    .findFirst();
            if (institution.isPresent() && lexicon.isSpokesNoun(noun.lemma()) && !plural) {
                found.add(new Mention(institution.get(), span, Kind.NAME, false));
                continue;
            }
            Actor actor = institution.isPresent()
                    ? Actor.discovered(label, ActorType.ANONYMOUS_SOURCE, institution.get())
                    : Actor.discovered(label, ActorType.ANONYMOUS_SOURCE);
            if ("the".equals(determiner) && first == i) {
                Optional<Mention> antecedent = found.latestBefore(
                        span.start(),
                        m -> m.kind() == Kind.SOURCE
                                && lastWord(m.actor().label()).startsWith(noun.lemma()));
                if (antecedent.isEmpty()) {
                    continue;
                }
                actor = antecedent.get().actor();
            }
            found.add(new Mention(actor, span, Kind.SOURCE, false));
        }
    }

    /**
     * A source noun heading its phrase: "the official said", not "an official visit". The tagger
     * sometimes calls such a noun an adjective, so the test is the lemma and what follows it.
     */
    private boolean isHeadSourceNoun(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (!lexicon.isSourceNoun(token.lemma())
                || !Set.of("NOUN", "ADJ", "PROPN").contains(token.pos())) {
            return false;
        }
        return i + 1 >= tokens.size()
                || !Set.of("NOUN", "ADJ", "PROPN").contains(tokens.get(i + 1).pos());
    }

    /** "the Italian government", "the French foreign ministry". */
    private void institutions(String text, Sentence sentence, Collector found) {
        List<Token> tokens = sentence.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Token noun = tokens.get(i);
            if (!"NOUN".equals(noun.pos()) || !lexicon.isInstitutionNoun(noun.lemma())) {
                continue;
            }
            int first = modifiersBefore(tokens, i, false);
            boolean definite = first > 0 && "the".equals(lower(tokens.get(first - 1)));
            if (first == i
                    || !(definite
                            || ENDS_IN_POSSESSIVE
                                    .matcher(tokens.get(first).text())
                                    .matches())) {
                continue;
            }
            Span span = new Span(tokens.get(first).start(), noun.end());
            String label = span.of(text);
            // "the British side", "the Italian government": the registered government of that country
            String country =
                    first + 1 == i ? lexicon.countryCode(tokens.get(first).text()) : null;
            ActorType type = country != null || lexicon.isGovernmentNoun(noun.lemma())
                    ? ActorType.GOVERNMENT
                    : ActorType.ORGANIZATION;
            Actor actor = registry.byName(label)
                    .or(() -> registry.governmentOf(country))
                    .orElse(Actor.discovered(label, type));
            found.add(new Mention(actor, span, actor.registered() ? Kind.NAME : Kind.INSTITUTION, false));
        }
    }

    /** "Estonia's foreign minister": a country's office without the holder's name. */
    private void describedOffices(String text, Sentence sentence, Collector found, LocalDate published) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token owner = tokens.get(i);
            // The tokenizer keeps "France’s" whole but may split "Russia's" into "Russia" "'s".
            boolean split = POSSESSIVE_S.matcher(tokens.get(i + 1).text()).matches();
            if (!owner.isCapitalized()
                    || !(split
                            ? owner.isProperNoun()
                            : CAPITALISED_POSSESSIVE.matcher(owner.text()).matches())) {
                continue;
            }
            int titleStart = split ? i + 2 : i + 1;
            int last = titleStart - 1;
            while (last + 1 < tokens.size()
                    && isLowerCaseWord(tokens.get(last + 1))
                    && lexicon.isTitleWord(tokens.get(last + 1).text())) {
                last++;
            }
            if (last < titleStart || isNameAt(tokens, last + 1)) {
                continue;
            }
            Span span = new Span(owner.start(), tokens.get(last).end());
            String label = span.of(text).replace('’', '\'');
            String demonym =
                    lexicon.demonymOf(POSSESSIVE_END.matcher(owner.text()).replaceAll(""));
            String title = text.substring(
                    tokens.get(titleStart).start(), tokens.get(last).end());
            Optional<Actor> holder =
                    demonym == null ? Optional.empty() : registry.holder(demonym + " " + title, published);
            found.add(
                    holder.isPresent()
                            ? new Mention(holder.get(), span, Kind.TITLE, false)
                            : new Mention(Actor.discovered(label, ActorType.PERSON), span, Kind.DISCOVERED, false));
        }
    }

    /** Runs of capitalised proper nouns the registry lacks, without the titles before them. */
    private void unknownNames(String text, Sentence sentence, Collector found) {
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            // After a title the tagger may call a name a common noun ("Rep. Lena/NOUN Frisk/NOUN").
            boolean afterTitle = followsTitle(tokens, i);
            if (!isNameToken(tokens.get(i)) && !(afterTitle && isCapitalisedNoun(tokens.get(i)))) {
                i++;
                continue;
            }
            int end = i;
            while (end < tokens.size()
                    && (isNameToken(tokens.get(end))
                            || (afterTitle && isCapitalisedNoun(tokens.get(end)))
                            || joinsDoubleBarrelledName(tokens, end)
                            || isSecondPartOfDoubleBarrelledName(tokens, end))) {
                end++;
            }
            // The name follows the last title word of the run: "Senate Majority Leader Chuck Schumer".
            int first = i;
            for (int k = i; k < end; k++) {
                if (lexicon.isTitleWord(tokens.get(k).text())) {
                    first = k + 1;
                }
            }
            if (end - first == 1 && first == i && isGivenNameMistagged(tokens, i - 1)) {
                first = i - 1;
            }
            int length = end - first;
            // "Dan Hale of North Dakota": a run after a name and "of" is where that person comes from.
            boolean origin =
                    first >= 2 && lower(tokens.get(first - 1)).equals("of") && isNameToken(tokens.get(first - 2));
            if (length >= 2
                    && !origin
                    && !isParenthesised(tokens, i, end)
                    && length <= 4
                    && tokens.subList(first, end).stream()
                            .noneMatch(
                                    t -> CalendarWords.isMonthOrWeekday(t.text()) || lexicon.isTitleWord(t.text()))) {
                Span span =
                        new Span(tokens.get(first).start(), tokens.get(end - 1).end());
                // "Nordland's Farmers Union" is the Nordland Farmers Union.
                String label = POSSESSIVE_IN_NAME.matcher(span.of(text)).replaceAll("");
                found.add(new Mention(
                        Actor.discovered(label, typeOfName(tokens.get(end - 1))),
                        span,
                        Kind.DISCOVERED,
                        isPossessive(text, span)));
            }
            i = end;
        }
    }

    /** "Berg-Lindqvist", which the tokenizer splits: a hyphen written tight between two parts of a name. */
    private static boolean joinsDoubleBarrelledName(List<Token> tokens, int i) {
        if (i == 0 || i + 1 >= tokens.size() || !tokens.get(i).text().equals("-")) {
            return false;
        }
        Token before = tokens.get(i - 1);
        Token after = tokens.get(i + 1);
        return before.end() == tokens.get(i).start()
                && tokens.get(i).end() == after.start()
                && before.isCapitalized()
                && after.isCapitalized();
    }

    /**
     * "Berg -Lindqvist": the second part of a double-barrelled name, which the tokenizer may split
     * off with its hyphen (and tag as anything), written tight after the first part.
     */
    private static boolean isSecondPartOfDoubleBarrelledName(List<Token> tokens, int i) {
        if (i == 0 || i >= tokens.size()) {
            return false;
        }
        String text = tokens.get(i).text();
        return tokens.get(i - 1).end() == tokens.get(i).start()
                && tokens.get(i - 1).isCapitalized()
                && text.length() > 1
                && text.charAt(0) == '-'
                && Character.isUpperCase(text.charAt(1))
                && NAME_WORD.matcher(text.substring(1)).matches();
    }

    /** A name ending in an institution noun ("Lund Policy Group", "Foreign Ministry") names no person. */
    private ActorType typeOfName(Token last) {
        String word = lower(last);
        if (lexicon.isGovernmentNoun(word)) {
            return ActorType.GOVERNMENT;
        }
        return lexicon.isInstitutionNoun(word) ? ActorType.ORGANIZATION : ActorType.PERSON;
    }

    /**
     * "Bastian/ADJ Korrel/PROPN said": a capitalised word the tagger took for an adjective or noun,
     * opening the sentence or a clause right before a one-word name, is the name's given name
     * unless the lexicon knows it as a country, demonym or title, or it is a month or weekday.
     */
    private boolean isGivenNameMistagged(List<Token> tokens, int k) {
        if (k < 0) {
            return false;
        }
        Token token = tokens.get(k);
        boolean opensClause =
                k == 0 || CLAUSE_OPENERS.contains(tokens.get(k - 1).text());
        return opensClause
                && Set.of("ADJ", "NOUN").contains(token.pos())
                && token.isCapitalized()
                && NAME_WORD.matcher(token.text()).matches()
                && lexicon.countryCode(token.text()) == null
                && !lexicon.isTitleWord(token.text())
                && !CalendarWords.isMonthOrWeekday(token.text());
    }

    /** Whether a title word ("Rep", "Rep.", "Senator") stands right before token {@code i}. */
    private boolean followsTitle(List<Token> tokens, int i) {
        int t = i > 0 && tokens.get(i - 1).text().equals(".") ? i - 2 : i - 1;
        return t >= 0 && lexicon.isTitleWord(tokens.get(t).text());
    }

    private static boolean isCapitalisedNoun(Token token) {
        return "NOUN".equals(token.pos())
                && token.isCapitalized()
                && NAME_WORD.matcher(token.text()).matches();
    }

    /** "(D-Mass.)", "(R-Ohio)": a party and state tag after a name, not a name. */
    private static boolean isParenthesised(List<Token> tokens, int first, int end) {
        if (first == 0 || !tokens.get(first - 1).text().equals("(")) {
            return false;
        }
        for (int k = end; k < Math.min(tokens.size(), end + 2); k++) {
            if (tokens.get(k).text().equals(")")) {
                return true;
            }
        }
        return false;
    }

    /** Surnames of people named earlier, given names after "Sir", "the minister", "he" and "she". */
    private void references(String text, Sentence sentence, Collector found) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Span span = new Span(token.start(), token.end());
            if (found.inQuote(span)) {
                continue;
            }
            if (token.isProperNoun()
                    && token.isCapitalized()
                    && i > 0
                    && lexicon.isFirstNameTitle(lower(tokens.get(i - 1)))) {
                String givenName = PhraseMatcher.fold(token.text());
                found.latestBefore(
                                span.start(),
                                m -> m.actor().type() == ActorType.PERSON
                                        && PhraseMatcher.fold(
                                                        firstWord(m.actor().label()))
                                                .equals(givenName))
                        .ifPresent(
                                m -> found.add(new Mention(m.actor(), span, Kind.ANAPHOR, isPossessive(text, span))));
            } else if (token.isProperNoun() && token.isCapitalized()) {
                String surname = STRAIGHT_POSSESSIVE_END
                        .matcher(PhraseMatcher.fold(token.text()))
                        .replaceAll("");
                found.latestBefore(
                                span.start(),
                                m -> m.kind() == Kind.DISCOVERED
                                        && m.actor().type() == ActorType.PERSON
                                        && !m.actor().label().contains("'")
                                        && PhraseMatcher.fold(lastWord(m.actor().label()))
                                                .equals(surname))
                        .ifPresent(
                                m -> found.add(new Mention(m.actor(), span, Kind.ANAPHOR, isPossessive(text, span))));
            } else if ("PRON".equals(token.pos()) && PRONOUNS.contains(lower(token))) {
                found.latestPersonBefore(span.start())
                        .ifPresent(actor -> found.add(new Mention(actor, span, Kind.ANAPHOR, false)));
            } else if ("the".equals(lower(token))) {
                // "the minister", "the veteran Liberal", "the Bergen Democrat": modifiers, then a
                // title word that heads the phrase ("the Liberal wing" is no person).
                int last = i + 1;
                while (last + 1 < tokens.size()
                        && isDescriptionModifier(tokens.get(last))
                        && !lexicon.isTitleWord(tokens.get(last).text())) {
                    last++;
                }
                if (last < tokens.size()
                        && lexicon.isTitleWord(tokens.get(last).text())
                        && !isNameAt(tokens, last + 1)
                        && !isNounAt(tokens, last + 1)
                        && !nextIs(tokens, last + 1, "of")) {
                    Span description = new Span(token.start(), tokens.get(last).end());
                    found.latestPersonBefore(span.start())
                            .ifPresent(actor -> found.add(new Mention(actor, description, Kind.ANAPHOR, false)));
                }
            }
        }
    }

    /**
     * An adjective or a capitalised place or party name before a title: "veteran", "Bergen",
     * "Farm Party" (the tagger may take the first word of a place, "Silver Lake", for a common noun).
     */
    private static boolean isDescriptionModifier(Token token) {
        boolean nominal = token.isProperNoun() || "NOUN".equals(token.pos());
        return "ADJ".equals(token.pos()) || (nominal && token.isCapitalized());
    }

    private static boolean isNounAt(List<Token> tokens, int index) {
        return index < tokens.size()
                && Set.of("NOUN", "PROPN").contains(tokens.get(index).pos());
    }

    private int modifiersBefore(List<Token> tokens, int noun, boolean allowNouns) {
        int first = noun;
        while (first > 0) {
            Token previous = tokens.get(first - 1);
            // "Several officials" opening a sentence: a quantifier the tagger took for an adjective
            boolean modifier = ("ADJ".equals(previous.pos()) && !INDEFINITE.contains(lower(previous)))
                    || (previous.isProperNoun() && previous.isCapitalized())
                    || (allowNouns && "NOUN".equals(previous.pos()) && !lexicon.isSourceNoun(previous.lemma()));
            if (!modifier) {
                break;
            }
            first--;
        }
        return first;
    }

    private boolean isNameToken(Token token) {
        return token.isProperNoun()
                && token.isCapitalized()
                && NAME_WORD.matcher(token.text()).matches();
    }

    private boolean isNameAt(List<Token> tokens, int index) {
        return index < tokens.size()
                && isNameToken(tokens.get(index))
                && !lexicon.isTitleWord(tokens.get(index).text());
    }

    private static boolean nextIs(List<Token> tokens, int index, String word) {
        return index < tokens.size() && lower(tokens.get(index)).equals(word);
    }

    private static boolean isLowerCaseWord(Token token) {
        return !token.text().isEmpty() && Character.isLowerCase(token.text().charAt(0));
    }

    private boolean isFollowedByName(String text, Span title) {
        int i = title.end();
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && i > title.end() && Character.isUpperCase(text.charAt(i));
    }

    private static boolean isPossessive(String text, Span span) {
        String covered = span.of(text);
        return covered.endsWith("'s")
                || covered.endsWith("’s")
                || text.startsWith("'s", span.end())
                || text.startsWith("’s", span.end());
    }

    private static String firstWord(String label) {
        return WHITE_SPACE.split(label)[0];
    }

    private static String lastWord(String label) {
        String[] words = WHITE_SPACE.split(label);
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }

    /** Mentions accepted so far: earlier rules win overlaps; anaphora look back through them. */
    private static final class Collector {
        private final List<Span> quotes;
        private final List<Mention> mentions = new ArrayList<>();
        /**
         * Whether each mention lies in a quote, in the order of {@code mentions}: asked for every
         * mention on every look back, so computed once rather than against every quote each time.
         */
        private final List<Boolean> quoted = new ArrayList<>();

        Collector(List<Span> quotes) {
            this.quotes = quotes;
        }

        void add(Mention mention) {
            if (mentions.stream().noneMatch(m -> m.span().overlaps(mention.span()))) {
                mentions.add(mention);
                quoted.add(inQuote(mention.span()));
            }
        }

        boolean inQuote(Span span) {
            return quotes.stream().anyMatch(q -> q.contains(span));
        }

        /** The mention starting last of those ending by {@code offset}, outside quotes, that pass {@code filter}. */
        Optional<Mention> latestBefore(int offset, Predicate<Mention> filter) {
            Mention latest = null;
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                if (m.span().end() <= offset
                        && !quoted.get(i)
                        && filter.test(m)
                        && (latest == null || m.span().start() > latest.span().start())) {
                    latest = m;
                }
            }
            return Optional.ofNullable(latest);
        }

        Optional<Actor> latestPersonBefore(int offset) {
            return latestBefore(offset, m -> m.actor().type() == ActorType.PERSON && !m.possessive())
                    .map(Mention::actor);
        }

        List<Mention> sorted() {
            List<Mention> result = new ArrayList<>(mentions);
            result.sort(Comparator.comparingInt(m -> m.span().start()));
            return result;
        }
    }
}
