package org.stancegraph.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.stancegraph.graph.Prefixes;

/** How SELECT results are written: an aligned table for people, CSV, TSV, or SPARQL 1.1 JSON. */
public enum ResultFormat {
    TABLE,
    CSV,
    TSV,
    JSON;

    /** The widest a table cell grows before it is cut with an ellipsis. */
    static final int MAX_CELL = 48;

    /** Tables show IRIs by their prefixed names (actor:olaf-scholz), as people read them. */
    private static final PrefixMapping SHORT_NAMES =
            PrefixMapping.Factory.create().setNsPrefixes(Prefixes.ALL).lock();

    public static ResultFormat parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new QueryException("unknown format \"" + name + "\" (expected table, csv, tsv or json)");
        }
    }

    /** Writes {@code results} to {@code out}. */
    public void write(ResultSet results, OutputStream out) {
        switch (this) {
            case CSV -> ResultSetFormatter.outputAsCSV(out, results);
            case TSV -> ResultSetFormatter.outputAsTSV(out, results);
            case JSON -> ResultSetFormatter.outputAsJSON(out, results);
            case TABLE -> table(results, out);
        }
    }

    private static void table(ResultSet results, OutputStream out) {
        List<String> columns = results.getResultVars();
        List<String[]> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution solution = results.next();
            String[] row = new String[columns.size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = cell(solution.get(columns.get(c)));
            }
            rows.add(row);
        }
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = columns.get(c).length();
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        print.println(line(columns.toArray(String[]::new), widths));
        print.println(line(rule(widths), widths));
        rows.forEach(row -> print.println(line(row, widths)));
        print.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
        print.flush();
    }

    private static String cell(RDFNode node) {
        if (node == null) {
            return "";
        }
        String text = node.isLiteral()
                ? ((Literal) node).getLexicalForm()
                : node.isURIResource() ? SHORT_NAMES.shortForm(node.asResource().getURI()) : node.toString();
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - 1) + "…";
    }

    private static String[] rule(int[] widths) {
        String[] rule = new String[widths.length];
        for (int c = 0; c < widths.length; c++) {
            rule[c] = "-".repeat(widths[c]);
        }
        return rule;
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                line.append("  ");
            }
            line.append(cells[c]);
            if (c < cells.length - 1) {
                line.append(" ".repeat(widths[c] - cells[c].length()));
            }
        }
        return line.toString();
    }
}
