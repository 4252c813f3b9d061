# Rule 3 of the build: agreements.
# Statements A and B agree when different speakers take the same stance, favour or against, on
# the same topic (not unclassified). sg:agreesWith links them both ways; one sg:Agreement per
# pair of actors (in IRI order) and topic counts the distinct utterance pairs, with the first and
# last day of the utterances involved and the statements as evidence.

PREFIX sg:     <https://stancegraph.org/ontology#>
PREFIX schema: <https://schema.org/>

INSERT { GRAPH <https://stancegraph.org/id/graph/derived> { ?a sg:agreesWith ?b } }
WHERE {
  ?a a sg:Statement ; sg:speaker ?x ; sg:topic ?topic ; sg:stance ?stance .
  ?b a sg:Statement ; sg:speaker ?y ; sg:topic ?topic ; sg:stance ?stance .
  FILTER (?x != ?y && ?topic != sg:unclassified && ?stance != sg:neutral)
} ;

INSERT {
  GRAPH <https://stancegraph.org/id/graph/derived> {
    ?edge a sg:Agreement ; sg:fromActor ?x ; sg:toActor ?y ; sg:topic ?topic ; sg:stance ?stance ;
          sg:pairCount ?count ; sg:firstDate ?first ; sg:lastDate ?last .
    ?x sg:agreesWithActor ?y .
    ?y sg:agreesWithActor ?x .
  }
}
WHERE {
  {
    SELECT ?x ?y ?topic ?stance (COUNT(DISTINCT ?pair) AS ?count)
    WHERE {
      ?a sg:agreesWith ?b ; sg:speaker ?x ; sg:topic ?topic ; sg:stance ?stance ; sg:utterance ?ua .
      ?b sg:speaker ?y ; sg:utterance ?ub .
      FILTER (STR(?x) < STR(?y))
      BIND (CONCAT(STR(?ua), " ", STR(?ub)) AS ?pair)
    }
    GROUP BY ?x ?y ?topic ?stance
  }
  # Days apart from counts: MIN and MAX over a group with an undated member would give nothing.
  OPTIONAL {
    SELECT ?x ?y ?topic ?stance (MIN(?day) AS ?first) (MAX(?day) AS ?last)
    WHERE {
      ?a sg:agreesWith ?b ; sg:speaker ?x ; sg:topic ?topic ; sg:stance ?stance .
      ?b sg:speaker ?y .
      FILTER (STR(?x) < STR(?y))
      { ?a sg:utterance ?u ; sg:reportedIn ?article } UNION { ?b sg:utterance ?u ; sg:reportedIn ?article }
      OPTIONAL { ?u sg:utteranceDate ?said }
      OPTIONAL { ?article schema:datePublished ?published }
      BIND (COALESCE(?said, ?published) AS ?day)
      FILTER (BOUND(?day))
    }
    GROUP BY ?x ?y ?topic ?stance
  }
  BIND (IRI(CONCAT("https://stancegraph.org/id/agreement/", MD5(CONCAT(STR(?x), "|", STR(?y), "|", STR(?topic))))) AS ?edge)
} ;

INSERT { GRAPH <https://stancegraph.org/id/graph/derived> { ?edge sg:evidence ?a , ?b } }
WHERE {
  ?edge a sg:Agreement ; sg:fromActor ?x ; sg:toActor ?y ; sg:topic ?topic .
  ?a sg:agreesWith ?b ; sg:speaker ?x ; sg:topic ?topic .
  ?b sg:speaker ?y .
}
