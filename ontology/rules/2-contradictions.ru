# Rule 2 of the build: who contradicted whom.
# Statement B contradicts statement A when they share a topic (not unclassified), one is in
# favour and the other against, and the speakers differ; B is the later one:
#   - by the days their utterances were said, when the text gives both;
#   - else by respondsTo: B answers A or A's speaker (and the dates do not say otherwise);
#   - else, when only A's day is known, B is later if its article was published after that day,
#     unless the first two already say that A's speaker contradicted B's on this topic.
# Then one sg:Contradiction per (contradictor, contradicted, topic) with the number of distinct
# utterance pairs, the first and last day of the contradicting utterances (the publication day
# where the text gives none), and the statements as evidence; and the direct edge
# contradictor --sg:contradictsActor--> contradicted.

PREFIX sg:     <https://stancegraph.org/ontology#>
PREFIX schema: <https://schema.org/>

# First the pairs whose order the text settles: both days known, or B answers A.
INSERT { GRAPH <https://stancegraph.org/id/graph/derived> { ?b sg:contradicts ?a } }
WHERE {
  ?a a sg:Statement ; sg:speaker ?x ; sg:topic ?topic ; sg:stance ?stanceA ; sg:utterance ?ua .
  ?b a sg:Statement ; sg:speaker ?y ; sg:topic ?topic ; sg:stance ?stanceB ; sg:utterance ?ub .
  FILTER (?x != ?y && ?topic != sg:unclassified)
  FILTER ((?stanceA = sg:favour && ?stanceB = sg:against) || (?stanceA = sg:against && ?stanceB = sg:favour))
  OPTIONAL { ?ua sg:utteranceDate ?dayA }
  OPTIONAL { ?ub sg:utteranceDate ?dayB }
  BIND (EXISTS { ?b sg:respondsTo ?x } || EXISTS { ?b sg:respondsTo ?a } AS ?responds)
  FILTER (
    (BOUND(?dayA) && BOUND(?dayB) && ?dayB > ?dayA)
    || (?responds && !(BOUND(?dayA) && BOUND(?dayB) && ?dayB < ?dayA))
  )
} ;

# Then the weaker order: only A's day is known, and B was published after it. Such a pair is
# left out when the text already settles that A's speaker contradicted B's on this topic.
INSERT { GRAPH <https://stancegraph.org/id/graph/derived> { ?b sg:contradicts ?a } }
WHERE {
  ?a a sg:Statement ; sg:speaker ?x ; sg:topic ?topic ; sg:stance ?stanceA ; sg:utterance ?ua .
  ?b a sg:Statement ; sg:speaker ?y ; sg:topic ?topic ; sg:stance ?stanceB ; sg:utterance ?ub ; sg:reportedIn ?articleB .
  FILTER (?x != ?y && ?topic != sg:unclassified)
  FILTER ((?stanceA = sg:favour && ?stanceB = sg:against) || (?stanceA = sg:against && ?stanceB = sg:favour))
  ?ua sg:utteranceDate ?dayA .
  ?articleB schema:datePublished ?publishedB .
  FILTER (?publishedB > ?dayA)
  FILTER NOT EXISTS { ?ub sg:utteranceDate ?dayB }
  FILTER NOT EXISTS { ?earlier sg:contradicts ?later . ?earlier sg:speaker ?x ; sg:topic ?topic . ?later sg:speaker ?y }
} ;

INSERT {
  GRAPH <https://stancegraph.org/id/graph/derived> {
    ?edge a sg:Contradiction ; sg:fromActor ?y ; sg:toActor ?x ; sg:topic ?topic ;
          sg:pairCount ?count ; sg:firstDate ?first ; sg:lastDate ?last .
    ?y sg:contradictsActor ?x .
  }
}
WHERE {
  {
    SELECT ?y ?x ?topic (COUNT(DISTINCT ?pair) AS ?count)
    WHERE {
      ?b sg:contradicts ?a ; sg:speaker ?y ; sg:topic ?topic ; sg:utterance ?ub .
      ?a sg:speaker ?x ; sg:utterance ?ua .
      BIND (CONCAT(STR(?ub), " ", STR(?ua)) AS ?pair)
    }
    GROUP BY ?y ?x ?topic
  }
  # Days apart from counts: MIN and MAX over a group with an undated member would give nothing.
  OPTIONAL {
    SELECT ?y ?x ?topic (MIN(?day) AS ?first) (MAX(?day) AS ?last)
    WHERE {
      ?b sg:contradicts ?a ; sg:speaker ?y ; sg:topic ?topic ; sg:utterance ?ub ; sg:reportedIn ?article .
      ?a sg:speaker ?x .
      OPTIONAL { ?ub sg:utteranceDate ?said }
      OPTIONAL { ?article schema:datePublished ?published }
      BIND (COALESCE(?said, ?published) AS ?day)
      FILTER (BOUND(?day))
    }
    GROUP BY ?y ?x ?topic
  }
  BIND (IRI(CONCAT("https://stancegraph.org/id/contradiction/", MD5(CONCAT(STR(?y), "|", STR(?x), "|", STR(?topic))))) AS ?edge)
} ;

INSERT { GRAPH <https://stancegraph.org/id/graph/derived> { ?edge sg:evidence ?b , ?a } }
WHERE {
  ?edge a sg:Contradiction ; sg:fromActor ?y ; sg:toActor ?x ; sg:topic ?topic .
  ?b sg:contradicts ?a ; sg:speaker ?y ; sg:topic ?topic .
  ?a sg:speaker ?x .
}
