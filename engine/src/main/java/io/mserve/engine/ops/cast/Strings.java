package io.mserve.engine.ops.cast;

import io.mserve.engine.QException;
import io.mserve.engine.display.Console;
import io.mserve.engine.ops.arith.Types;
import io.mserve.engine.value.Fn;
import io.mserve.engine.value.Ints;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.Lambda;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.Table;

/** {@code string x}: every atom's q text as a string, atomic over lists, dictionaries and tables; {@code .Q.f .Q.fmt}: numbers with fixed decimals. */
public final class Strings {
    private Strings() {}

    // Text where no session's \P applies: files written as text, partition names.
    private static final Console PLAIN = new Console(25, 80);

    /** {@code string x}: floats in the console's {@code \P} digits, nulls empty (as a table shows them). */
    public static K string(Console console, K x) {
        if (x instanceof KList) {
            K[] items = ((KList) x).items();
            K[] out = new K[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = string(console, items[i]);
            }
            return new KList(out);
        }
        if (x instanceof Dict) {
            Dict d = (Dict) x;
            return new Dict(d.keys(), string(console, d.values()), d.isSorted());
        }
        if (x instanceof Table) {
            Table t = (Table) x;
            K[] cols = new K[t.data().length];
            for (int c = 0; c < cols.length; c++) {
                cols[c] = string(console, t.data()[c]);
            }
            return new Table(t.columns(), cols);
        }
        if (x instanceof Lambda) {
            return Q.str(((Lambda) x).source());
        }
        if (x instanceof Fn) {
            return Q.str(((Fn) x).display());
        }
        if (QType.isFunction(x.type())) {
            return Q.str(console.line(x)); // ::, and primitives as they came over IPC
        }
        if (x.type() > 0 && x.type() <= QType.TIME) {
            int n = x.count();
            K[] out = new K[n];
            for (int i = 0; i < n; i++) {
                out[i] = Q.str(console.text(x, i));
            }
            return new KList(out);
        }
        if (x.isAtom() && QType.isSimple(-x.type())) {
            return Q.str(console.text(x, 0));
        }
        throw QException.type();
    }

    /** The text of an atom, as {@code string} gives it at the default precision. */
    public static String atom(K x) {
        return PLAIN.text(x, 0);
    }

    /**
     * {@code .Q.f[d;x]}: x with d decimals: x times 10^d rounded to a whole number, then the
     * point put in; null is empty; where x times 10^d reaches 9e15, x as {@code string} shows it.
     */
    public static K fixed(K decimals, K x) {
        return Q.str(fixed((int) Ints.toLong(decimals), Types.doubles(x)[0]));
    }

    /** {@code .Q.fmt[w;d;x]}: x with d decimals, right-aligned in w characters; stars when it does not fit. */
    public static K fixed(K[] args) {
        int width = (int) Ints.toLong(args[0]);
        String text = fixed((int) Ints.toLong(args[1]), Types.doubles(args[2])[0]);
        if (text.length() > width) {
            return Q.str("*".repeat(width));
        }
        return Q.str(" ".repeat(width - text.length()) + text);
    }

    private static String fixed(int decimals, double v) {
        if (decimals < 0) {
            throw QException.domain();
        }
        if (Double.isNaN(v)) {
            return "";
        }
        if (v < 0) {
            return "-" + fixed(decimals, -v);
        }
        if (v < 1) {
            // 0.05 is 10.05 without its 1, so that the digits before the point are never missing
            return fixed(decimals, 10 + v).substring(1);
        }
        double scaled = v * Math.pow(10, decimals);
        if (!(scaled < 9e15)) {
            return PLAIN.text(Q.f(v), 0);
        }
        String digits = Long.toString(Math.round(scaled));
        int point = Math.max(0, digits.length() - decimals);
        return digits.substring(0, point) + "." + digits.substring(point);
    }
}
