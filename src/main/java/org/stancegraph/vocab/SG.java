package org.stancegraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.stancegraph.model.SpeechAct;
import org.stancegraph.model.Stance;

/**
 * The terms of the Stancegraph ontology ({@code ontology/stancegraph.ttl}), named exactly as their
 * local names, the way Jena's {@code RDFS} and {@code SKOS} are. {@code SGTest} keeps this class
 * and the ontology file in step. Speech acts are properties: the direct edge
 * {@code actor --act--> topic} uses them as predicates, statements name them as objects of
 * {@link #act}.
 *
 * <pre>{@code
 * model.add(statement, SG.speaker, actor);
 * model.add(actor, SG.rejects, topic);
 * }</pre>
 */
public final class SG {

    /** The ontology namespace. */
    public static final String NS = "https://stancegraph.org/ontology#";

    /** Where instance data lives: articles, statements, discovered actors, graphs. */
    public static final String DATA = "https://stancegraph.org/id/";

    private SG() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    /** The property of a speech act: {@code sg:rejects}. */
    public static Property of(SpeechAct act) {
        return property(act.name());
    }

    /** The individual of a stance: {@code sg:favour}. */
    public static Resource of(Stance stance) {
        return resource(stance.label());
    }

    public static final Resource Actor = resource("Actor");
    public static final Resource Person = resource("Person");
    public static final Resource Organization = resource("Organization");
    public static final Resource Government = resource("Government");
    public static final Resource AnonymousSource = resource("AnonymousSource");
    public static final Property country = property("country");
    public static final Property wikidata = property("wikidata");
    public static final Property registryActor = property("registryActor");
    public static final Property holds = property("holds");
    public static final Resource RoleTenure = resource("RoleTenure");
    public static final Property roleTitle = property("roleTitle");
    public static final Resource Article = resource("Article");
    public static final Property articleId = property("articleId");
    public static final Property contentHash = property("contentHash");
    public static final Resource Statement = resource("Statement");
    public static final Property speaker = property("speaker");
    public static final Property act = property("act");
    public static final Property stance = property("stance");
    public static final Property topic = property("topic");
    public static final Property reportedIn = property("reportedIn");
    public static final Property quote = property("quote");
    public static final Property sentence = property("sentence");
    public static final Property quoteSelector = property("quoteSelector");
    public static final Property sentenceSelector = property("sentenceSelector");
    public static final Property respondsTo = property("respondsTo");
    public static final Property dateSaid = property("dateSaid");
    public static final Property dateGranularity = property("dateGranularity");
    public static final Property dateCue = property("dateCue");
    public static final Resource DateGranularity = resource("DateGranularity");
    public static final Resource day = resource("day");
    public static final Resource month = resource("month");
    public static final Resource year = resource("year");
    public static final Resource unresolved = resource("unresolved");
    public static final Resource Stance = resource("Stance");
    public static final Resource favour = resource("favour");
    public static final Resource against = resource("against");
    public static final Resource neutral = resource("neutral");
    public static final Resource SpeechAct = resource("SpeechAct");
    public static final Property cameo = property("cameo");
    public static final Property plover = property("plover");
    public static final Property proposes = property("proposes");
    public static final Property supports = property("supports");
    public static final Property callsFor = property("callsFor");
    public static final Property announces = property("announces");
    public static final Property promises = property("promises");
    public static final Property rejects = property("rejects");
    public static final Property denies = property("denies");
    public static final Property warns = property("warns");
    public static final Property criticizes = property("criticizes");
    public static final Property downplays = property("downplays");
    public static final Property clarifies = property("clarifies");
    public static final Property acknowledges = property("acknowledges");
    public static final Property claims = property("claims");
    public static final Property says = property("says");
    public static final Resource unclassified = resource("unclassified");
    public static final Resource VerbEntry = resource("VerbEntry");
    public static final Property lemma = property("lemma");
    public static final Property performs = property("performs");
    public static final Property impliesStance = property("impliesStance");
    public static final Resource StanceCue = resource("StanceCue");
    public static final Property phrase = property("phrase");
    public static final Resource SourceNoun = resource("SourceNoun");
    public static final Resource InstitutionNoun = resource("InstitutionNoun");
    public static final Resource GovernmentNoun = resource("GovernmentNoun");
    public static final Resource TitleWord = resource("TitleWord");
    public static final Resource FirstNameTitle = resource("FirstNameTitle");
    public static final Property cueScope = property("cueScope");
    public static final Resource SpokesNoun = resource("SpokesNoun");
    public static final Resource ReferringNoun = resource("ReferringNoun");
    public static final Resource EventNoun = resource("EventNoun");
    public static final Resource SideNoun = resource("SideNoun");
    public static final Resource Utterance = resource("Utterance");
    public static final Property report = property("report");
    public static final Property utterance = property("utterance");
    public static final Property utteranceDate = property("utteranceDate");
    public static final Property contradicts = property("contradicts");
    public static final Property reverses = property("reverses");
    public static final Resource ActorRelation = resource("ActorRelation");
    public static final Resource Contradiction = resource("Contradiction");
    public static final Resource Reversal = resource("Reversal");
    public static final Property fromActor = property("fromActor");
    public static final Property toActor = property("toActor");
    public static final Property pairCount = property("pairCount");
    public static final Property firstDate = property("firstDate");
    public static final Property lastDate = property("lastDate");
    public static final Property evidence = property("evidence");
    public static final Property contradictsActor = property("contradictsActor");
    public static final Resource Position = resource("Position");
    public static final Property holder = property("holder");
    public static final Property utteranceCount = property("utteranceCount");
    public static final Property reportCount = property("reportCount");
    public static final Resource Country = resource("Country");
    public static final Property countryName = property("countryName");
    public static final Property demonym = property("demonym");
}
