package org.stancegraph.graph.derive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.stancegraph.vocab.SG;

/**
 * Groups statements into utterances: two reports of one speaker, topic and stance are one
 * utterance when one quote contains the other (at least 12 characters of words each), or when
 * both give the same day and come from different articles; the grouping is transitive. An
 * utterance is named after the smallest IRI of its reports, so the names do not depend on the
 * order statements arrive in. Work grows with the reports of one speaker on one topic, not with
 * the corpus.
 *
 * <pre>{@code
 * List<Utterance> utterances = Utterances.of(statements);
 * }</pre>
 */
final class Utterances {

    private static final int MIN_QUOTE_WORDS = 12;

    private Utterances() {}

    /** The utterances of {@code statements}, each with its reports in IRI order. */
    static List<Utterance> of(List<Said> statements) {
        Map<List<Object>, List<Said>> groups = new LinkedHashMap<>();
        for (Said s : statements) {
            groups.computeIfAbsent(List.of(s.speaker(), s.topic(), s.stance()), k -> new ArrayList<>())
                    .add(s);
        }
        List<Utterance> utterances = new ArrayList<>();
        groups.values().forEach(group -> utterances.addAll(ofOneGroup(group)));
        return utterances;
    }

    private static List<Utterance> ofOneGroup(List<Said> group) {
        int[] parent = new int[group.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        // Same day in different articles: when a day's reports come from two articles or more,
        // each has a partner in another article, so all of that day's reports are one utterance.
        Map<LocalDate, List<Integer>> byDay = new HashMap<>();
        for (int i = 0; i < group.size(); i++) {
            if (group.get(i).day() != null) {
                byDay.computeIfAbsent(group.get(i).day(), d -> new ArrayList<>())
                        .add(i);
            }
        }
        for (List<Integer> sameDay : byDay.values()) {
            long articles =
                    sameDay.stream().map(i -> group.get(i).article()).distinct().count();
            if (articles > 1) {
                // Each report joins the first's set, so the sets stay flat (joining the first to
                // each in turn made a chain that every later join walked: 8 % of deriving).
                sameDay.forEach(i -> union(parent, i, sameDay.get(0)));
            }
        }
        // One quote within the other. Reports of one quote are joined first, then the distinct
        // quotes compared pairwise: news copies quotes word for word, and comparing every report
        // with every other was most of deriving at 100,000 articles.
        Map<String, Integer> firstWithQuote = new LinkedHashMap<>();
        for (int i = 0; i < group.size(); i++) {
            String words = group.get(i).quoteWords();
            if (words != null && words.length() >= MIN_QUOTE_WORDS) {
                Integer first = firstWithQuote.putIfAbsent(words, i);
                if (first != null) {
                    union(parent, i, first);
                }
            }
        }
        List<Map.Entry<String, Integer>> quotes = new ArrayList<>(firstWithQuote.entrySet());
        for (int i = 0; i < quotes.size(); i++) {
            String a = quotes.get(i).getKey();
            for (int j = i + 1; j < quotes.size(); j++) {
                String b = quotes.get(j).getKey();
                if (a.length() >= b.length() ? a.contains(b) : b.contains(a)) {
                    union(parent, quotes.get(i).getValue(), quotes.get(j).getValue());
                }
            }
        }
        Map<Integer, List<Said>> components = new LinkedHashMap<>();
        for (int i = 0; i < group.size(); i++) {
            components.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(group.get(i));
        }
        List<Utterance> utterances = new ArrayList<>();
        for (List<Said> reports : components.values()) {
            reports.sort(Comparator.comparing(Said::statement));
            LocalDate day = reports.stream()
                    .map(Said::day)
                    .filter(Objects::nonNull)
                    .min(Comparator.naturalOrder())
                    .orElse(null);
            utterances.add(new Utterance(iri(reports.get(0).statement()), reports, day));
        }
        return utterances;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int i, int j) {
        parent[find(parent, i)] = find(parent, j);
    }

    /** The utterance named after its first report, as {@code MD5} of that IRI. */
    static String iri(String firstReport) {
        return SG.DATA + "utterance/" + md5(firstReport);
    }

    static String md5(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }
}
