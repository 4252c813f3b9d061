package org.stancegraph.serve;

import java.util.List;
import java.util.Locale;
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

    /**
     * A function of a text and a pattern (at {@code patternAt}, its flags at {@code flagsAt} when
     * given), the pattern compiled once when it and its flags are constants. Evaluated only while a
     * query runs: without an execution there is no cancel flag to watch, and refusing then keeps
     * ARQ's constant folding, which evaluates constant calls while planning, from running a
     * pattern unwatched.
     */
    private abstract static class PatternFunction extends ExprFunctionN {
        private final String name;
        private final int patternAt;
        private final int flagsAt;
        private final Pattern constant;

        PatternFunction(String name, ExprList args, int patternAt, int flagsAt) {
            super(name.toLowerCase(Locale.ROOT), args);
            this.name = name;
            this.patternAt = patternAt;
            this.flagsAt = flagsAt;
            this.constant = constantPattern(args);
        }

        /** The text argument, as the function's own error names it. */
        Node text(List<NodeValue> args) {
            return NodeValueOps.checkAndGetStringLiteral(name, args.get(0));
        }

        /** The pattern of one call. */
        Pattern pattern(List<NodeValue> args) {
            return constant != null ? constant : compile(args);
        }

        private Pattern compile(List<NodeValue> args) {
            String pattern = NodeValueOps.checkAndGetStringLiteral(name, args.get(patternAt))
                    .getLiteralLexicalForm();
            String flags = args.size() > flagsAt
                    ? NodeValueOps.checkAndGetStringLiteral(name, args.get(flagsAt))
                            .getLiteralLexicalForm()
                    : null;
            return RegexEngine.makePattern(name, pattern, flags);
        }

        private Pattern constantPattern(ExprList args) {
            List<Expr> exprs = args.getList();
            boolean constant = exprs.get(patternAt).isConstant()
                    && (exprs.size() <= flagsAt || exprs.get(flagsAt).isConstant());
            if (!constant) {
                return null;
            }
            try {
                return compile(exprs.stream()
                        .map(e -> e.isConstant() ? e.getConstant() : null)
                        .toList());
            } catch (ExprEvalException e) {
                return null; // a bad pattern is an error of each call, as in ARQ
            }
        }

        @Override
        public final NodeValue eval(List<NodeValue> args) {
            throw new ExprEvalException("evaluated only while a query runs");
        }
    }

    /** REGEX(text, pattern [, flags]): true when the pattern is found in the text. */
    static final class Matches extends PatternFunction {
        Matches(ExprList args) {
            super("REGEX", args, 1, 2);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            return NodeValue.makeBoolean(
                    pattern(args).matcher(watched(text(args), env)).find());
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
    static final class Replaces extends PatternFunction {
        Replaces(ExprList args) {
            super("REPLACE", args, 1, 3);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            Node text = text(args);
            String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2))
                    .getLiteralLexicalForm();
            Matcher matcher = pattern(args).matcher(watched(text, env));
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
        public Expr copy(ExprList newArgs) {
            return new Replaces(newArgs);
        }
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
