package io.mserve.engine.ops.text;

import io.mserve.engine.QException;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code .Q.id}: a symbol made a valid name; a table's column names and a dictionary's keys
 * likewise, with reserved words and repeats renamed.
 */
public final class Identifiers {
    // q's keywords: .Q.res and the names of .q (ref/kwds.txt)
    private static final Set<String> RESERVED = Set.of("abs", "acos", "aj", "aj0", "ajf", "ajf0", "all", "and", "any",
            "asc", "asin", "asof", "atan", "attr", "avg", "avgs", "bin", "binr", "ceiling", "cols", "cor", "cos",
            "count", "cov", "cross", "csv", "cut", "delete", "deltas", "desc", "dev", "differ", "distinct", "div",
            "do", "dsave", "each", "ej", "ema", "enlist", "eval", "except", "exec", "exit", "exp", "fby", "fills",
            "first", "fkeys", "flip", "floor", "get", "getenv", "group", "gtime", "hclose", "hcount", "hdel", "hopen",
            "hsym", "iasc", "idesc", "if", "ij", "ijf", "in", "insert", "inter", "inv", "key", "keys", "last", "like",
            "lj", "ljf", "load", "log", "lower", "lsq", "ltime", "ltrim", "mavg", "max", "maxs", "mcount", "md5",
            "mdev", "med", "meta", "min", "mins", "mmax", "mmin", "mmu", "mod", "msum", "neg", "next", "not", "null",
            "or", "over", "parse", "peach", "pj", "prd", "prds", "prev", "prior", "rand", "rank", "ratios", "raze",
            "read0", "read1", "reciprocal", "reval", "reverse", "rload", "rotate", "rsave", "rtrim", "save", "scan",
            "scov", "sdev", "select", "set", "setenv", "show", "signum", "sin", "sqrt", "ss", "ssr", "string",
            "sublist", "sum", "sums", "sv", "svar", "system", "tables", "tan", "til", "trim", "type", "uj", "ujf",
            "ungroup", "union", "update", "upper", "upsert", "value", "var", "view", "views", "vs", "wavg", "where",
            "while", "within", "wj", "wj1", "wsum", "xasc", "xbar", "xcol", "xcols", "xdesc", "xexp", "xgroup",
            "xkey", "xlog", "xprev", "xrank");

    private Identifiers() {}

    /** {@code .Q.id x}: letters, digits and _ kept, a leading non-letter prefixed with a. */
    public static K id(K x) {
        if (x instanceof SymbolAtom s) {
            return Q.s(name(s.value()));
        }
        if (x instanceof Table t) {
            return new Table(Q.syms(names(t.columns().items())), t.data(), t.attribute());
        }
        if (x instanceof Dict d && d.keys() instanceof Table k && d.values() instanceof Table v) {
            String[] keys = k.columns().items();
            String[] all = names(concat(keys, v.columns().items()));
            return new Dict(new Table(Q.syms(Arrays.copyOf(all, keys.length)), k.data(), k.attribute()),
                    new Table(Q.syms(Arrays.copyOfRange(all, keys.length, all.length)), v.data(), v.attribute()));
        }
        if (x instanceof Dict d && d.keys() instanceof SymbolVector k) {
            return new Dict(Q.syms(names(k.items())), d.values(), d.isSorted());
        }
        throw QException.type();
    }

    // Column names: each made a name, a keyword gets 1 appended, a repeat its repeat count (a, a1, a2).
    private static String[] names(String[] given) {
        String[] out = new String[given.length];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < given.length; i++) {
            String n = name(given[i]);
            if (RESERVED.contains(n)) {
                n = n + "1";
            }
            int repeats = seen.merge(n, 1, Integer::sum) - 1;
            out[i] = repeats == 0 ? n : n + repeats;
        }
        return out;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    // The characters of .Q.an, and an a before a name that does not start with a letter.
    private static String name(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '_')) {
                b.append(c);
            }
        }
        if (b.length() == 0 || !Character.isLetter(b.charAt(0))) {
            b.insert(0, 'a');
        }
        return b.toString();
    }
}
