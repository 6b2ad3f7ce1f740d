package io.mserve.engine.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random q text: conformance corpus lines mutated (tokens deleted, doubled, swapped, characters
 * flipped, the text cut short) and text drawn from a small q grammar. Anything that could reach
 * outside the process (system commands, exit, hopen, files) is left out by construction: see
 * {@link #safe}.
 */
public final class QTextInputs {
    /** What each fuzzed session defines first: a table, a keyed table, a dictionary, a lambda, a string. */
    public static final String SETUP = "t:([]a:1 2 3;b:`x`y`z;c:1.5 2.5 3.5);kt:([k:1 2 3]v:10 20 30);"
            + "d:`a`b`c!1 2 3;f:{x+y};s:\"hello\";fuzzCanary:42";

    private static final Pattern TOKEN = Pattern.compile(
            "\"(?:[^\"\\\\]|\\\\.)*\"?|`[\\w.:/]*|[0-9][\\w.:]*|[a-zA-Z.][\\w.]*|\\s+|[/\\\\':]+|.", Pattern.DOTALL);
    private static final Pattern UNSAFE = Pattern.compile(
            "system|exit|hopen|hclose|fuzzCanary|hsym|save|load|hdel|read0|read1|set|getenv|setenv|\\.Q|\\.z|\\.h\\.|"
            + "[`\"]:|[0-9]\\s*:|-\\s*[0-9]+\\s*!|(^|[\\s;\"(\\[{\\n])\\\\|\\\\$|\\\\\\\\");

    private static final String[] ATOMS = {
        "0b", "1b", "0x2a", "0x00", "42h", "-7h", "42i", "0Ni", "0Wi", "42", "-1", "0", "1", "2", "3", "10", "0N", "0W", "-0W",
        "3.14", "-0.5", "0n", "0w", "1e308", "2.5e", "\"c\"", "\" \"", "`", "`a", "`x", "`sym", "2020.01.01", "0Nd", "2020.01m",
        "12:34", "12:34:56", "12:34:56.789", "2020.01.01D12:00:00", "0D01:00:00", "0Np", "0Ng", "1000000", "2147483647",
        "9223372036854775807", "-9223372036854775807",
    };
    private static final String[] VECTORS = {
        "1 2 3", "3 1 2", "1.5 2.5 0n", "101b", "`a`b`c", "`x`y`z", "0x0102ff", "1 2 0N", "\"abc\"", "\"hello world\"", "()",
        "`int$()", "\"\"", "0#`", "1 2 3i", "1 2h", "2020.01.01 2020.02.01", "12:00 13:00", "0 1 2 3 4 5 6 7 8 9", "(1;`a;\"b\")",
        "(1 2;3 4)", "(`a;1 2)", "til 5", "`a`b!1 2", "([]x:1 2)", "([k:`a`b]v:1 2)", "(::)",
    };
    private static final String[] NAMES = {"x", "y", "z", "t", "kt", "d", "f", "s", "a", "b", "c", "k", "v", "g"};
    private static final String[] OPERATORS = {
        "+", "-", "*", "%", "=", "<>", "<", ">", "<=", ">=", "~", ",", "#", "_", "!", "?", "$", "@", ".", "^", "&", "|",
    };
    private static final String[] ADVERBS = {"'", "/", "\\", "':", "/:", "\\:"};
    private static final String[] KEYWORDS = {
        "til", "count", "sum", "avg", "max", "min", "first", "last", "reverse", "where", "distinct", "group", "asc", "desc",
        "key", "value", "flip", "enlist", "raze", "string", "neg", "abs", "not", "null", "type", "cols", "each", "over",
        "scan", "prior", "sv", "vs", "in", "within", "like", "ss", "ssr", "sublist", "xbar", "div", "mod", "exp", "log",
        "sqrt", "floor", "ceiling", "fills", "deltas", "sums", "prds", "differ", "cut", "inter", "union", "except", "lower",
        "upper", "trim", "rotate", "xcol", "xkey", "ungroup", "lj", "ij", "uj", "aj", "fby", "xasc", "xdesc", "attr", "med",
        "dev", "var", "wavg", "wsum", "cor", "mmu", "inv", "parse", "eval", "show", "meta", "keys", "tables", "gtime", "ltime",
        "rank", "iasc", "idesc", "bin", "binr", "cross", "ema", "mavg", "msum", "mcount", "next", "prev", "xprev", "signum",
        "reciprocal", "all", "any", "peach", "md5", "ss", "csv", "insert", "upsert", "delete", "exec", "update", "select",
    };

    private QTextInputs() {}

    /** q text for the fuzzers: half mutated corpus lines, half grammar. */
    public static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, corpusMutants()), Tuple.of(1, grammar())).filter(QTextInputs::safe);
    }

    /** A line of the conformance corpus with up to four mutations. */
    public static Arbitrary<String> corpusMutants() {
        Arbitrary<String> line = Arbitraries.of(corpus());
        Arbitrary<List<Mutation>> mutations = Mutation.arbitrary().list().ofMaxSize(4);
        return Combinators.combine(line, mutations).as(QTextInputs::mutate).filter(QTextInputs::safe);
    }

    /** Text from the token grammar: nouns, verbs, adverbs, brackets, lambdas, conditionals and q-SQL. */
    public static Arbitrary<String> grammar() {
        // Nouns weigh eight of seventeen, so that the expected branching stays below one and the text ends.
        return Arbitraries.lazyOf(QTextInputs::noun, QTextInputs::noun, QTextInputs::noun, QTextInputs::noun,
                QTextInputs::noun, QTextInputs::noun, QTextInputs::noun, QTextInputs::noun, QTextInputs::dyadic,
                QTextInputs::monadic, QTextInputs::derived, QTextInputs::lambda, QTextInputs::indexed,
                QTextInputs::list, QTextInputs::query, QTextInputs::conditional, QTextInputs::assignment)
            .filter(QTextInputs::safe);
    }

    /**
     * Whether {@code text} stays inside the process: no system commands or {@code \} lines, no
     * exit, no connections, no file handles or file verbs, no {@code -n!} internals, no .Q/.z.
     */
    public static boolean safe(String text) {
        return !UNSAFE.matcher(text).find();
    }

    private static Arbitrary<String> noun() {
        return Arbitraries.oneOf(Arbitraries.of(ATOMS), Arbitraries.of(VECTORS), Arbitraries.of(NAMES));
    }

    private static Arbitrary<String> expression() {
        return Arbitraries.lazy(QTextInputs::grammar);
    }

    private static Arbitrary<String> dyadic() {
        return Combinators.combine(noun(), Arbitraries.of(OPERATORS), Arbitraries.of(ADVERBS).injectNull(0.7), expression())
            .as((x, op, adverb, y) -> x + op + (adverb == null ? "" : adverb) + " " + y);
    }

    private static Arbitrary<String> monadic() {
        return Combinators.combine(Arbitraries.of(KEYWORDS), expression()).as((k, y) -> k + " " + y);
    }

    private static Arbitrary<String> derived() {
        return Combinators.combine(Arbitraries.oneOf(Arbitraries.of(OPERATORS), Arbitraries.of("f", "{x}", "{x,y}", "count")),
                Arbitraries.of(ADVERBS), expression()).as((v, a, y) -> "(" + v + ")" + a + " " + y);
    }

    private static Arbitrary<String> lambda() {
        return Combinators.combine(Arbitraries.of("", "[x]", "[x;y]", "[a;b;c]"), expression().list().ofMinSize(1).ofMaxSize(2),
                expression().list().ofMaxSize(2))
            .as((params, body, args) -> "{" + params + String.join(";", body) + "}[" + String.join(";", args) + "]");
    }

    private static Arbitrary<String> indexed() {
        return Combinators.combine(noun(), expression().list().ofMaxSize(2)).as((x, i) -> x + "[" + String.join(";", i) + "]");
    }

    private static Arbitrary<String> list() {
        return expression().list().ofMinSize(1).ofMaxSize(3).map(items -> "(" + String.join(";", items) + ")");
    }

    private static Arbitrary<String> query() {
        return Combinators.combine(Arbitraries.of("select", "exec", "update", "delete", "select count i", "select sum a"),
                Arbitraries.of("", "a", "a,b", "x:a+c", "n:count i", "max c"), Arbitraries.of("", " by b", " by x:a>1"),
                Arbitraries.of("t", "kt", "([]a:1 2;b:`p`q)", "d"), expression().injectNull(0.5))
            .as((verb, cols, by, from, where) -> verb + " " + cols + by + " from " + from + (where == null ? "" : " where " + where));
    }

    private static Arbitrary<String> conditional() {
        return Combinators.combine(Arbitraries.of("$[", "?[", "if[", "do[", "while[0b;", "@[", ".["), expression(), expression(),
                expression()).as((head, a, b, c) -> head + a + ";" + b + ";" + c + "]");
    }

    private static Arbitrary<String> assignment() {
        return Combinators.combine(Arbitraries.of("g", "a", "x", "t", "g[0]", "g,", "g+", "d[`a]", "t[`a]"), expression())
            .as((name, y) -> name + ":" + y);
    }

    static String mutate(String line, List<Mutation> mutations) {
        List<String> tokens = tokens(line);
        for (Mutation m : mutations) {
            m.apply(tokens);
        }
        return String.join("", tokens);
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static volatile List<String> corpus;

    /** Every step's input in the public conformance corpus that is safe to run. */
    public static List<String> corpus() {
        List<String> lines = corpus;
        if (lines == null) {
            lines = read();
            corpus = lines;
        }
        return lines;
    }

    private static List<String> read() {
        List<String> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = QTextInputs.class.getResourceAsStream("/conformance/q-docs-public.jsonl");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String row;
            while ((row = r.readLine()) != null) {
                for (JsonNode step : json.readTree(row).path("steps")) {
                    String q = step.path("in").asText();
                    if (!q.isBlank() && safe(q)) {
                        lines.add(q);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(lines);
    }
}
