# Rule 4 of the build: reversals.
# The same speaker taking opposite stances, favour then against or against then favour, on the
# same topic, in utterances whose days the text gives, the later after the earlier:
# B sg:reverses A, and one sg:Reversal per actor and topic with the number of reversing pairs.

PREFIX sg: <https://stancegraph.org/ontology#>

INSERT { GRAPH <https://stancegraph.org/id/graph/derived> { ?b sg:reverses ?a } }
WHERE {
  ?a a sg:Statement ; sg:speaker ?x ; sg:topic ?topic ; sg:stance ?stanceA ; sg:utterance ?ua .
  ?b a sg:Statement ; sg:speaker ?x ; sg:topic ?topic ; sg:stance ?stanceB ; sg:utterance ?ub .
  ?ua sg:utteranceDate ?dayA .
  ?ub sg:utteranceDate ?dayB .
  FILTER (?topic != sg:unclassified && ?dayB > ?dayA)
  FILTER ((?stanceA = sg:favour && ?stanceB = sg:against) || (?stanceA = sg:against && ?stanceB = sg:favour))
} ;

INSERT {
  GRAPH <https://stancegraph.org/id/graph/derived> {
    ?edge a sg:Reversal ; sg:fromActor ?x ; sg:toActor ?x ; sg:topic ?topic ;
          sg:pairCount ?count ; sg:firstDate ?first ; sg:lastDate ?last .
  }
}
WHERE {
  {
    SELECT ?x ?topic (COUNT(DISTINCT ?pair) AS ?count) (MIN(?dayA) AS ?first) (MAX(?dayB) AS ?last)
    WHERE {
      ?b sg:reverses ?a ; sg:speaker ?x ; sg:topic ?topic ; sg:utterance ?ub .
      ?a sg:utterance ?ua .
      ?ua sg:utteranceDate ?dayA .
      ?ub sg:utteranceDate ?dayB .
      BIND (CONCAT(STR(?ub), " ", STR(?ua)) AS ?pair)
    }
    GROUP BY ?x ?topic
  }
  BIND (IRI(CONCAT("https://stancegraph.org/id/reversal/", MD5(CONCAT(STR(?x), "|", STR(?topic))))) AS ?edge)
} ;

INSERT { GRAPH <https://stancegraph.org/id/graph/derived> { ?edge sg:evidence ?a , ?b } }
WHERE {
  ?edge a sg:Reversal ; sg:fromActor ?x ; sg:topic ?topic .
  ?b sg:reverses ?a ; sg:speaker ?x ; sg:topic ?topic .
}
