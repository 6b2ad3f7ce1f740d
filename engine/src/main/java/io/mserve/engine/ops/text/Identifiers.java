package io.mserve.engine.ops.text;

import io.mserve.engine.QException;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.Table;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code .Q.id}: a symbol made a valid name; a table's column names likewise, reserved words and repeats renamed. */
public final class Identifiers {
    private static final Set<String> RESERVED = Set.of("abs", "and", "asc", "avg", "bin", "binr",
            "by", "count", "delete", "desc", "div", "each", "exec", "exp", "first", "from", "in", "last", "like", "log",
            "max", "min", "mod", "neg", "not", "or", "over", "prd", "scan", "select", "sum", "til", "update", "where",
            "within", "xbar", "xexp", "xlog");

    private Identifiers() {}

    /** {@code .Q.id x}: letters, digits and _ kept, a leading non-letter prefixed with a. */
    public static K id(K x) {
        if (x instanceof SymbolAtom s) {
            return Q.s(name(s.value()));
        }
        if (x instanceof Table t) {
            String[] cols = t.columns().items();
            String[] out = new String[cols.length];
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < cols.length; i++) {
                String n = name(cols[i]);
                if (RESERVED.contains(n)) {
                    n = n + "1";
                }
                // a repeated name gets its repeat count appended: a, a1, a2
                int repeats = seen.merge(n, 1, Integer::sum) - 1;
                out[i] = repeats == 0 ? n : n + repeats;
            }
            return new Table(Q.syms(out), t.data(), t.attribute());
        }
        throw QException.type();
    }

    private static String name(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '_') {
                b.append(c);
            }
        }
        if (b.length() == 0 || !Character.isLetter(b.charAt(0))) {
            b.insert(0, 'a');
        }
        return b.toString();
    }
}
