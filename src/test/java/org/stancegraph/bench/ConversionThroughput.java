package org.stancegraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.stancegraph.ingest.ArticleInput;
import org.stancegraph.ingest.ArticleInputs;
import org.stancegraph.model.Article;
import org.stancegraph.model.InputException;
import org.stancegraph.nlp.OpenNlpTextAnalyzer;
import org.stancegraph.pipeline.Outcome;
import org.stancegraph.pipeline.Pipeline;

/**
 * How close conversion runs to the NLP it stands on: in one run, on a fixed pool of one thread per
 * core (as the product converts), the articles per second of (a) bare OpenNLP sentences, tokens and
 * part-of-speech tags with the product's models, (b) the product's analyzer, and (c) the whole
 * conversion of an article to its statements and named graph (no store), and the ratios b/a and
 * c/a. The three phases take turns over many short rounds after a warm-up; a ratio is the median
 * of the rounds' ratios, so that the load of other processes on a noisy machine disturbs the
 * phases alike. A benchmark, run from the test class path (it is not in the jar); never a timed
 * test.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     org.stancegraph.bench.ConversionThroughput [--articles N] [--rounds R] [--phases abc] [PATH...]
 * </pre>
 *
 * PATHs are article files, JSON Lines files or folders (their {@code .txt} and {@code .jsonl}
 * files); by default {@code seeds/} and {@code ../shared/dev-corpus/} or {@code
 * /work/shared/dev-corpus/}. The articles are repeated, in order, to N (default 68) for every phase
 * of every round (default 15). {@code --phases c} runs only the conversion, to profile it.
 */
public final class ConversionThroughput {

    private static final String A = "(a) OpenNLP sentences+tokens+POS";
    private static final String B = "(b) product analyzer";
    private static final String C = "(c) full conversion";
    private static final List<Path> DEFAULT_PATHS =
            List.of(Path.of("seeds"), Path.of("../shared/dev-corpus"), Path.of("/work/shared/dev-corpus"));

    public static void main(String[] args) throws Exception {
        int count = 68;
        int rounds = 15;
        String only = "abc";
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> count = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--phases" -> only = args[++i];
                default -> paths.add(Path.of(args[i]));
            }
        }
        if (paths.isEmpty()) {
            paths = defaultPaths();
        }
        List<Article> articles = repeat(read(paths), count);
        int threads = Runtime.getRuntime().availableProcessors();
        long tokens = articles.stream()
                .mapToLong(a -> OpenNlpTextAnalyzer.shared().analyze(a.text()).stream()
                        .mapToInt(s -> s.tokens().size())
                        .sum())
                .sum();
        System.out.printf(
                Locale.ROOT,
                "%d articles (%d distinct from %s), %.0f tokens each on average, %d threads, %d rounds%n",
                articles.size(),
                articles.stream().map(Article::id).distinct().count(),
                paths,
                (double) tokens / articles.size(),
                threads,
                rounds);

        BareOpenNlp bare = new BareOpenNlp();
        Pipeline pipeline = Pipeline.standard();
        Map<String, ToIntFunction<Article>> phases = new LinkedHashMap<>();
        phases.put(A, bare::analyze);
        phases.put(B, a -> OpenNlpTextAnalyzer.shared().analyze(a.text()).size());
        phases.put(C, a -> statements(pipeline.convert(input(a))));
        String chosen = only;
        phases.keySet().removeIf(name -> chosen.indexOf(name.charAt(1)) < 0);

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (ToIntFunction<Article> phase : phases.values()) { // warm-up, not reported
                for (int i = 0; i < 3; i++) {
                    run(pool, articles, phase);
                }
            }
            Map<String, List<Double>> rates = new LinkedHashMap<>();
            phases.keySet().forEach(name -> rates.put(name, new ArrayList<>()));
            List<String> names = new ArrayList<>(phases.keySet());
            for (int round = 0; round < rounds; round++) {
                for (int k = 0; k < names.size(); k++) {
                    String name = names.get((round + k) % names.size()); // each round starts with another phase
                    rates.get(name).add(articles.size() / run(pool, articles, phases.get(name)));
                }
            }
            report(rates, rounds);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Each phase's median articles per second, and each ratio as the median of its rounds' ratios:
     * phases of one round run seconds apart, so the load of other processes on a shared machine
     * mostly cancels out of a round's ratio.
     */
    private static void report(Map<String, List<Double>> rates, int rounds) {
        System.out.printf(Locale.ROOT, "%-36s %12s   %s%n", "phase", "articles/s", "every round");
        rates.forEach((name, values) -> {
            StringBuilder all = new StringBuilder();
            values.forEach(value -> all.append(String.format(Locale.ROOT, " %.0f", value)));
            System.out.printf(Locale.ROOT, "%-36s %12.1f  %s%n", name, median(values), all);
        });
        List<Double> a = rates.get(A);
        for (String name : List.of(B, C)) {
            List<Double> other = rates.get(name);
            if (a != null && other != null) {
                List<Double> ratios = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    ratios.add(other.get(round) / a.get(round));
                }
                System.out.printf(
                        Locale.ROOT,
                        "ratio %s/(a) %.2f (median of the rounds; quartiles %.2f-%.2f)%n",
                        name.substring(0, 3),
                        median(ratios),
                        quantile(ratios, 0.25),
                        quantile(ratios, 0.75));
            }
        }
    }

    private static double median(List<Double> values) {
        return quantile(values, 0.5);
    }

    private static double quantile(List<Double> values, double q) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get((int) Math.round(q * (sorted.size() - 1)));
    }

    /** Seconds to run {@code phase} over every article on the pool. */
    private static double run(ExecutorService pool, List<Article> articles, ToIntFunction<Article> phase)
            throws InterruptedException, ExecutionException {
        long start = System.nanoTime();
        List<Future<Integer>> futures = new ArrayList<>(articles.size());
        for (Article article : articles) {
            futures.add(pool.submit(() -> phase.applyAsInt(article)));
        }
        long sum = 0;
        for (Future<Integer> future : futures) {
            sum += future.get();
        }
        if (sum < 0) {
            throw new IllegalStateException("unreachable: " + sum); // keeps the results alive
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static int statements(Outcome outcome) {
        if (outcome instanceof Outcome.Converted converted) {
            return converted.statements().size() + (int) converted.graph().size();
        }
        throw new IllegalStateException(((Outcome.Failed) outcome).problem());
    }

    private static ArticleInput input(Article article) {
        return new ArticleInput() {
            @Override
            public String location() {
                return article.location();
            }

            @Override
            public Article read() {
                return article;
            }
        };
    }

    private static List<Path> defaultPaths() {
        List<Path> found = new ArrayList<>();
        for (Path path : DEFAULT_PATHS) {
            boolean sameFolder = found.stream().anyMatch(p -> isSame(p, path));
            if (Files.isDirectory(path) && !sameFolder) {
                found.add(path);
            }
        }
        return found;
    }

    private static boolean isSame(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Article> read(List<Path> paths) throws IOException, InputException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listed = Files.list(path)) {
                    listed.filter(p -> p.toString().endsWith(".txt")
                                    || p.toString().endsWith(".jsonl"))
                            .sorted()
                            .forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        List<Article> articles = new ArrayList<>();
        try (Stream<ArticleInput> inputs = ArticleInputs.of(files)) {
            for (ArticleInput input : inputs.toList()) {
                articles.add(input.read());
            }
        }
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles under " + paths);
        }
        return articles;
    }

    private static List<Article> repeat(List<Article> articles, int count) {
        List<Article> repeated = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            repeated.add(articles.get(i % articles.size()));
        }
        return repeated;
    }

    /** Sentences, tokens and tags straight from OpenNLP with the models the product ships. */
    private static final class BareOpenNlp {
        private final ThreadSafeSentenceDetectorME sentences;
        private final ThreadSafeTokenizerME tokenizer;
        private final ThreadSafePOSTaggerME tagger;

        BareOpenNlp() {
            try (InputStream sent = model("sentence");
                    InputStream tok = model("tokens");
                    InputStream pos = model("pos")) {
                sentences = new ThreadSafeSentenceDetectorME(new SentenceModel(sent));
                tokenizer = new ThreadSafeTokenizerME(new TokenizerModel(tok));
                tagger = new ThreadSafePOSTaggerME(new POSModel(pos), POSTagFormat.UD);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The number of tokens tagged. */
        int analyze(Article article) {
            String text = article.text();
            int tagged = 0;
            for (Span sentence : sentences.sentPosDetect(text)) {
                String sentenceText = sentence.getCoveredText(text).toString();
                String[] words = Span.spansToStrings(tokenizer.tokenizePos(sentenceText), sentenceText);
                tagged += tagger.tag(words).length;
            }
            return tagged;
        }

        private static InputStream model(String kind) {
            String name = "/opennlp-en-ud-ewt-" + kind + "-1.3-2.5.4.bin";
            InputStream in = ConversionThroughput.class.getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + name + " is not on the class path");
            }
            return in;
        }
    }
}
