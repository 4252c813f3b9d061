package org.stancegraph.serve;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * REGEX and REPLACE that stop when their query is cancelled. ARQ's timeout only sets a flag that
 * the query's iterators look at between rows; a pattern that backtracks catastrophically over one
 * string (say {@code ^(.*a){30}$}) never returns to them, and its thread would spin long after the
 * client has gone. Here the string is handed to {@link java.util.regex} through a view that looks
 * at the same flag every few thousand characters read, so the match itself ends with the query.
 *
 * <p>Installed as the optimizer of a context: every query's algebra has its REGEX and REPLACE
 * swapped for these before ARQ's own optimizer (and its constant folding, which would otherwise
 * run a constant pattern before the timeout starts) sees it.
 */
final class CancellableRegex {

    /** How many characters the matcher reads between two looks at the cancel flag. */
    private static final int CHECK_EVERY = 4096;

    private CancellableRegex() {}

    /** Makes the queries run in {@code context} use the cancellable functions. */
    static void installIn(Context context) {
        RewriteFactory standard = Optimize.stdOptimizationFactory;
        context.set(ARQConstants.sysOptimizerFactory, (RewriteFactory) queryContext -> {
            Rewrite optimizer = standard.create(queryContext);
            return op -> optimizer.rewrite(swapped(op));
        });
    }

    private static Op swapped(Op op) {
        return Transformer.transform(new TransformCopy(), new Swap(), op);
    }

    private static final class Swap extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN function, ExprList args) {
            if (function instanceof E_Regex) {
                return new Matches(args);
            }
            if (function instanceof E_StrReplace) {
                return new Replaces(args);
            }
            return super.transform(function, args);
        }
    }

    /** REGEX(text, pattern [, flags]): true when the pattern is found in the text. */
    static final class Matches extends ExprFunctionN {
        private final Pattern constant;

        Matches(ExprList args) {
            super("regex", args);
            constant = constantPattern("REGEX", args, 1, 2);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
            Pattern pattern = constant != null ? constant : pattern("REGEX", args, 1, 2);
            return NodeValue.makeBoolean(pattern.matcher(watched(text, env)).find());
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            throw unfoldable();
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Matches(newArgs);
        }
    }

    /**
     * REPLACE(text, pattern, replacement [, flags]), as ARQ answers it: every match replaced,
     * though an empty match only when it is the first; the result keeps the text's language or
     * datatype.
     */
    static final class Replaces extends ExprFunctionN {
        private final Pattern constant;

        Replaces(ExprList args) {
            super("replace", args);
            constant = constantPattern("REPLACE", args, 1, 3);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
            String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2))
                    .getLiteralLexicalForm();
            Pattern pattern = constant != null ? constant : pattern("REPLACE", args, 1, 3);
            Matcher matcher = pattern.matcher(watched(text, env));
            StringBuilder result = new StringBuilder();
            boolean replaced = false;
            try {
                while (matcher.find()) {
                    if (replaced && matcher.start() == matcher.end()) {
                        continue;
                    }
                    matcher.appendReplacement(result, replacement);
                    replaced = true;
                }
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new ExprEvalException("REPLACE: " + e.getMessage());
            }
            if (!replaced) {
                return args.get(0);
            }
            matcher.appendTail(result);
            return NodeValue.makeNode(
                    NodeFactory.createLiteral(result.toString(), text.getLiteralLanguage(), text.getLiteralDatatype()));
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            throw unfoldable();
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Replaces(newArgs);
        }
    }

    /** The pattern (argument {@code at}, flags at {@code flagsAt} if given) of one call. */
    private static Pattern pattern(String function, List<NodeValue> args, int at, int flagsAt) {
        String pattern =
                NodeValueOps.checkAndGetStringLiteral(function, args.get(at)).getLiteralLexicalForm();
        String flags = args.size() > flagsAt
                ? NodeValueOps.checkAndGetStringLiteral(function, args.get(flagsAt))
                        .getLiteralLexicalForm()
                : null;
        return RegexEngine.makePattern(function, pattern, flags);
    }

    /** The pattern compiled once when it and its flags are constants, else null (compiled per call). */
    private static Pattern constantPattern(String function, ExprList args, int at, int flagsAt) {
        List<Expr> exprs = args.getList();
        boolean constant = exprs.get(at).isConstant()
                && (exprs.size() <= flagsAt || exprs.get(flagsAt).isConstant());
        if (!constant) {
            return null;
        }
        try {
            return pattern(
                    function,
                    exprs.stream()
                            .map(e -> e.isConstant() ? e.getConstant() : null)
                            .toList(),
                    at,
                    flagsAt);
        } catch (ExprEvalException e) {
            return null; // a bad pattern is an error of each call, as in ARQ
        }
    }

    /**
     * Without an execution there is no cancel flag to watch: refusing here keeps ARQ's constant
     * folding, which evaluates constant calls while planning, from running a pattern unwatched.
     */
    private static ExprEvalException unfoldable() {
        return new ExprEvalException("evaluated only while a query runs");
    }

    private static CharSequence watched(Node text, FunctionEnv env) {
        String lexical = text.getLiteralLexicalForm();
        AtomicBoolean cancelled = env == null ? null : Context.getCancelSignal(env.getContext());
        return cancelled == null ? lexical : new Watched(lexical, cancelled);
    }

    /** A string whose reader is stopped, with the query, once its cancel flag is set. */
    private static final class Watched implements CharSequence {
        private final String text;
        private final AtomicBoolean cancelled;
        private int reads;

        Watched(String text, AtomicBoolean cancelled) {
            this.text = text;
            this.cancelled = cancelled;
        }

        @Override
        public char charAt(int index) {
            if (++reads % CHECK_EVERY == 0 && cancelled.get()) {
                throw new QueryCancelledException();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
