# Rule 1 of the build: one utterance, many reports.
# Two statements are reports of one utterance when the same speaker takes the same stance on the
# same topic and one quote contains the other (quotes compared without case or punctuation), or
# when both are dated to the same day in different articles. Each statement then belongs to an
# sg:Utterance, named after the smallest statement IRI of its group, which carries the day the
# text gives for any of its reports, so that counts and dates do not depend on how often it was
# reported. Runs over the union of all graphs; writes only into the derived graph.

PREFIX sg:     <https://stancegraph.org/ontology#>
PREFIX schema: <https://schema.org/>

INSERT { GRAPH <https://stancegraph.org/id/graph/derived> { ?s1 sg:sameUtteranceAs ?s2 } }
WHERE {
  ?s1 a sg:Statement ; sg:speaker ?speaker ; sg:topic ?topic ; sg:stance ?stance ; sg:reportedIn ?a1 .
  ?s2 a sg:Statement ; sg:speaker ?speaker ; sg:topic ?topic ; sg:stance ?stance ; sg:reportedIn ?a2 .
  FILTER (?s1 != ?s2)
  OPTIONAL { ?s1 sg:quote ?q1 }
  OPTIONAL { ?s2 sg:quote ?q2 }
  OPTIONAL { ?s1 sg:dateSaid ?d1 ; sg:dateGranularity sg:day }
  OPTIONAL { ?s2 sg:dateSaid ?d2 ; sg:dateGranularity sg:day }
  BIND (LCASE(REPLACE(?q1, "[^\\p{L}\\p{N}]+", " ")) AS ?w1)
  BIND (LCASE(REPLACE(?q2, "[^\\p{L}\\p{N}]+", " ")) AS ?w2)
  FILTER (
    (BOUND(?w1) && BOUND(?w2) && STRLEN(?w1) >= 12 && STRLEN(?w2) >= 12 && (CONTAINS(?w1, ?w2) || CONTAINS(?w2, ?w1)))
    || (BOUND(?d1) && BOUND(?d2) && ?d1 = ?d2 && ?a1 != ?a2)
  )
} ;

INSERT {
  GRAPH <https://stancegraph.org/id/graph/derived> {
    ?utterance a sg:Utterance ; sg:report ?s .
    ?s sg:utterance ?utterance .
  }
}
WHERE {
  {
    SELECT ?s (MIN(STR(?member)) AS ?first)
    WHERE {
      { ?s a sg:Statement . BIND (?s AS ?member) }
      UNION
      { ?s a sg:Statement ; sg:sameUtteranceAs ?member }
    }
    GROUP BY ?s
  }
  BIND (IRI(CONCAT("https://stancegraph.org/id/utterance/", MD5(?first))) AS ?utterance)
} ;

INSERT { GRAPH <https://stancegraph.org/id/graph/derived> { ?utterance sg:utteranceDate ?day } }
WHERE {
  {
    SELECT ?utterance (MIN(?date) AS ?day)
    WHERE {
      ?utterance sg:report ?s .
      ?s sg:dateSaid ?date ; sg:dateGranularity sg:day .
    }
    GROUP BY ?utterance
  }
}
