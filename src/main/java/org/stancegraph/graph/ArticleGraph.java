package org.stancegraph.graph;

import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.stancegraph.model.Actor;
import org.stancegraph.model.ActorType;
import org.stancegraph.model.Article;
import org.stancegraph.model.ArticleMetadata;
import org.stancegraph.model.Evidence;
import org.stancegraph.model.Granularity;
import org.stancegraph.model.Statement;
import org.stancegraph.model.UtteranceDate;
import org.stancegraph.vocab.OA;
import org.stancegraph.vocab.PROV;
import org.stancegraph.vocab.SG;

/**
 * Maps one article and its statements to the RDF of its named graph: the article with its text
 * and metadata; each statement as a node with every qualifier and its provenance (sentence and
 * quote as Web Annotation selectors with character offsets); the direct edge
 * {@code speaker --act--> topic}; and the actors found in the article that the registry lacks.
 * No blank nodes, so the same input always gives the same graph.
 *
 * <pre>{@code
 * Model graph = ArticleGraph.of(article, extractor.extract(article));
 * }</pre>
 */
public final class ArticleGraph {

    private static final Map<ActorType, Resource> ACTOR_CLASSES = Map.of(
            ActorType.PERSON, SG.Person,
            ActorType.ORGANIZATION, SG.Organization,
            ActorType.GOVERNMENT, SG.Government,
            ActorType.ANONYMOUS_SOURCE, SG.AnonymousSource);

    private static final Map<Granularity, Resource> GRANULARITIES = Map.of(
            Granularity.DAY, SG.day,
            Granularity.MONTH, SG.month,
            Granularity.YEAR, SG.year,
            Granularity.UNRESOLVED, SG.unresolved);

    private static final Map<Granularity, XSDDatatype> DATE_TYPES = Map.of(
            Granularity.DAY, XSDDatatype.XSDdate,
            Granularity.MONTH, XSDDatatype.XSDgYearMonth,
            Granularity.YEAR, XSDDatatype.XSDgYear);

    private ArticleGraph() {}

    /** The named graph of {@code article}. */
    public static Model of(Article article, List<Statement> statements) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(Prefixes.ALL);
        Resource articleNode = article(model, article);
        for (Statement statement : statements) {
            statement(model, articleNode, article.text(), statement);
        }
        return SharedVocabularies.addTo(model);
    }

    private static Resource article(Model model, Article article) {
        ArticleMetadata meta = article.metadata();
        Resource node = model.createResource(Iris.article(article.id()))
                .addProperty(RDF.type, SG.Article)
                .addProperty(SG.articleId, article.id())
                .addProperty(SchemaDO.text, article.text());
        addIfPresent(node, SchemaDO.headline, meta.title());
        addIfPresent(node, SchemaDO.publisher, meta.publisher());
        addIfPresent(node, SchemaDO.url, meta.url());
        addIfPresent(node, SchemaDO.inLanguage, meta.language());
        meta.authors().forEach(author -> node.addProperty(SchemaDO.author, author));
        if (meta.published() != null) {
            node.addLiteral(
                    SchemaDO.datePublished,
                    model.createTypedLiteral(meta.published().toString(), XSDDatatype.XSDdate));
        }
        return node;
    }

    private static void statement(Model model, Resource article, String text, Statement s) {
        String iri = Iris.statement(s);
        Resource speaker = actor(model, s.speaker());
        Property act = SG.of(s.act());
        Resource topic = model.createResource(s.topic().iri());
        Resource node = model.createResource(iri)
                .addProperty(RDF.type, SG.Statement)
                .addProperty(SG.speaker, speaker)
                .addProperty(PROV.wasAttributedTo, speaker)
                .addProperty(SG.act, act)
                .addProperty(SG.stance, SG.of(s.stance()))
                .addProperty(SG.topic, topic)
                .addProperty(SG.reportedIn, article)
                .addProperty(SG.sentence, s.sentence().text())
                .addProperty(SG.sentenceSelector, selector(model, iri + "/sentence", text, s.sentence()));
        if (s.quote() != null) {
            node.addProperty(SG.quote, s.quote().text())
                    .addProperty(SG.quoteSelector, selector(model, iri + "/quote", text, s.quote()));
        }
        UtteranceDate date = s.date();
        node.addProperty(SG.dateGranularity, GRANULARITIES.get(date.granularity()));
        if (date.value() != null) {
            node.addLiteral(SG.dateSaid, model.createTypedLiteral(date.value(), DATE_TYPES.get(date.granularity())));
        }
        addIfPresent(node, SG.dateCue, date.cue());
        if (s.respondsTo() != null) {
            node.addProperty(SG.respondsTo, actor(model, s.respondsTo()));
        }
        speaker.addProperty(act, topic);
    }

    private static Resource actor(Model model, Actor actor) {
        Resource node = model.createResource(Iris.actor(actor.key()));
        if (!actor.registered()) {
            node.addProperty(RDF.type, ACTOR_CLASSES.get(actor.type())).addProperty(RDFS.label, actor.label());
            if (actor.affiliation() != null) {
                node.addProperty(SchemaDO.affiliation, model.createResource(Iris.actor(actor.affiliation())));
            }
        }
        return node;
    }

    /** A selector; offsets count Unicode code points, as Web Annotation and SPARQL's SUBSTR do. */
    private static Resource selector(Model model, String iri, String text, Evidence evidence) {
        int start = text.codePointCount(0, evidence.span().start());
        int end = start
                + text.codePointCount(evidence.span().start(), evidence.span().end());
        return model.createResource(iri)
                .addProperty(RDF.type, OA.TextPositionSelector)
                .addProperty(RDF.type, OA.TextQuoteSelector)
                .addLiteral(OA.start, integer(model, start))
                .addLiteral(OA.end, integer(model, end))
                .addProperty(OA.exact, evidence.text());
    }

    private static Literal integer(Model model, int value) {
        return model.createTypedLiteral(Integer.toString(value), XSDDatatype.XSDinteger);
    }

    private static void addIfPresent(Resource node, Property property, String value) {
        if (value != null && !value.isBlank()) {
            node.addProperty(property, value);
        }
    }
}
