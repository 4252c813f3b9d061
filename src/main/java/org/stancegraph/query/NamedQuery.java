package org.stancegraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SPARQL query with the header that names and documents it:
 * <pre>
 * # name: statements
 * # description: Every statement, one row per report.
 * # param: speaker actor Only the statements of this actor (IRI or name).
 * </pre>
 * A parameter is a variable of the query; its type says how a value is read: {@code actor} and
 * {@code topic} by IRI or by name, {@code iri}, {@code string}, {@code integer} or {@code date}.
 */
public record NamedQuery(String name, String description, List<Param> params, String sparql) {

    /** A parameter: the variable it binds, its type and what it does. */
    public record Param(String name, String type, String description) {}

    private static final Pattern HEADER = Pattern.compile("^#\\s*(name|description|param):\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile("(\\w+)\\s+(actor|topic|iri|string|integer|date)\\s*(.*)");

    public NamedQuery {
        params = List.copyOf(params);
    }

    /** Reads the header of {@code sparql}; {@code fallbackName} names a query without one. */
    public static NamedQuery parse(String fallbackName, String sparql) {
        String name = fallbackName;
        String description = "";
        List<Param> params = new ArrayList<>();
        for (String line : sparql.split("\n")) {
            Matcher header = HEADER.matcher(line.strip());
            if (!line.startsWith("#")) {
                break;
            }
            if (!header.matches()) {
                continue;
            }
            String value = header.group(2).strip();
            switch (header.group(1)) {
                case "name" -> name = value;
                case "description" -> description = value;
                default -> {
                    Matcher param = PARAM.matcher(value);
                    if (!param.matches()) {
                        throw new IllegalArgumentException(
                                fallbackName + ": bad param line \"" + value
                                        + "\" (expected: NAME TYPE description, TYPE one of actor topic iri string integer date)");
                    }
                    params.add(new Param(param.group(1), param.group(2), param.group(3)));
                }
            }
        }
        return new NamedQuery(name, description, params, sparql);
    }

    public Optional<Param> param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }
}
