package org.stancegraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.stancegraph.model.Sentence;
import org.stancegraph.model.Token;

/**
 * {@link TextAnalyzer} over the OpenNLP English models (UD English-EWT) shipped on Maven Central
 * for sentences, tokens and tags, with lemmas from {@link RuleLemmatizer} (OpenNLP's statistical
 * lemmatizer cost ten times the rest of the analysis). A paragraph is a run of non-blank lines;
 * sentences never cross a paragraph, so a headline without a full stop stays apart from the text
 * below it. Safe to share between threads.
 *
 * <pre>{@code
 * TextAnalyzer nlp = OpenNlpTextAnalyzer.shared();
 * for (Sentence s : nlp.analyze(article.text())) {
 *     System.out.println(s.span() + " " + s.text());
 * }
 * }</pre>
 */
public final class OpenNlpTextAnalyzer implements TextAnalyzer {

    private static final Pattern LINE = Pattern.compile("[^\\n]+");
    private static final Pattern ABBREVIATION_END = Pattern.compile("\\b(?:"
            + String.join("|", CalendarWords.MONTH_ABBREVIATIONS)
            + "|Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Gov|Lt|Col|St|No|Prof)\\.$");

    private static final class Holder {
        static final OpenNlpTextAnalyzer INSTANCE = new OpenNlpTextAnalyzer();
    }

    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;
    private final RuleLemmatizer lemmatizer = RuleLemmatizer.english();

    private OpenNlpTextAnalyzer() {
        try (InputStream sent = model("sentence");
                InputStream tok = model("tokens");
                InputStream pos = model("pos")) {
            sentences = new ThreadSafeSentenceDetectorME(new SentenceModel(sent));
            tokenizer = new ThreadSafeTokenizerME(new TokenizerModel(tok));
            tagger = new ThreadSafePOSTaggerME(new POSModel(pos), POSTagFormat.UD);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP models", e);
        }
    }

    /** The one instance; the models load on first use. */
    public static OpenNlpTextAnalyzer shared() {
        return Holder.INSTANCE;
    }

    @Override
    public List<Sentence> analyze(String text) {
        List<Sentence> result = new ArrayList<>();
        int paragraph = -1;
        int lastLineEnd = -1;
        Matcher line = LINE.matcher(text);
        while (line.find()) {
            if (line.group().isBlank()) {
                continue;
            }
            // A blank line or a single line break both start a new paragraph: news text marks
            // paragraphs either way, and a quote paragraph must not join the attribution line.
            if (lastLineEnd < 0 || line.start() > lastLineEnd) {
                paragraph++;
            }
            lastLineEnd = line.end();
            Span[] found = sentences.sentPosDetect(line.group());
            for (int k = 0; k < found.length; k++) {
                int start = line.start() + found[k].getStart();
                int end = line.start() + found[k].getEnd();
                // The model ends sentences at some abbreviations ("on Feb. 3", "Sen. Hale", "Hale,
                // R-Ohio., said"): join them again, and wherever what follows cannot open a sentence.
                while (k + 1 < found.length
                        && (ABBREVIATION_END.matcher(text.substring(start, end)).find()
                                || cannotOpenSentence(line.group().charAt(found[k + 1].getStart())))) {
                    end = line.start() + found[++k].getEnd();
                }
                result.add(sentence(text, result.size(), paragraph, start, end));
            }
        }
        return result;
    }

    /** A lower-case letter or a comma, semicolon or closing bracket continues the sentence before it. */
    private static boolean cannotOpenSentence(char first) {
        return Character.isLowerCase(first) || first == ',' || first == ';' || first == ')';
    }

    private Sentence sentence(String text, int index, int paragraph, int start, int end) {
        String sentenceText = text.substring(start, end);
        Span[] spans = tokenizer.tokenizePos(sentenceText);
        String[] words = Span.spansToStrings(spans, sentenceText);
        String[] tags = tagger.tag(words);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            String lemma = lemmatizer.lemma(words[i], tags[i]);
            tokens.add(new Token(words[i], start + spans[i].getStart(), start + spans[i].getEnd(), tags[i], lemma));
        }
        return new Sentence(index, paragraph, new org.stancegraph.model.Span(start, end), sentenceText, tokens);
    }

    private static InputStream model(String kind) {
        String name = "/opennlp-en-ud-ewt-" + kind + "-1.3-2.5.4.bin";
        InputStream in = OpenNlpTextAnalyzer.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + name + " is not on the class path");
        }
        return in;
    }
}
