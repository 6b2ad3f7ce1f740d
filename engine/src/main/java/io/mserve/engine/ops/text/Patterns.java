package io.mserve.engine.ops.text;

import io.mserve.engine.QException;
import io.mserve.engine.value.Fn;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
import io.mserve.engine.value.SymbolCodes;
import io.mserve.ipc.value.ByteAtom;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolEnumeration;
import io.mserve.ipc.value.SymbolVector;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Pattern verbs: {@code like}, {@code ss}, {@code ssr}; see {@link Glob}. */
public final class Patterns {
    private static final int LIKE_CACHE = 1024;

    private Patterns() {}

    /** {@code x like y}: whether each string or symbol of {@code x} matches pattern {@code y}. */
    public static K like(K x, K y) {
        return like(x, Glob.compile(pattern(y)).checkLike());
    }

    private static K like(K x, Glob g) {
        SymbolEnumeration e = SymbolCodes.usable(x);
        if (e != null) {
            // each domain entry matched once, each row's answer its code's
            String[] domain = e.domain();
            byte[] answer = new byte[domain.length];
            for (int k = 0; k < domain.length; k++) {
                answer[k] = (byte) (g.matches(domain[k]) ? 1 : 0);
            }
            return new ByteVector(QType.BOOLEAN, SymbolCodes.byItem(e, answer));
        }
        if (x instanceof SymbolVector) {
            String[] s = ((SymbolVector) x).items();
            byte[] out = new byte[s.length];
            // a symbol column repeats few symbols: each is matched once, its answer kept in a table by hash
            String[] seen = new String[LIKE_CACHE];
            byte[] answer = new byte[LIKE_CACHE];
            for (int i = 0; i < s.length; i++) {
                String v = s[i];
                int slot = v.hashCode() & (LIKE_CACHE - 1);
                String w = seen[slot];
                if (w != v && !v.equals(w)) {
                    seen[slot] = v;
                    answer[slot] = (byte) (g.matches(v) ? 1 : 0);
                }
                out[i] = answer[slot];
            }
            return new ByteVector(QType.BOOLEAN, out);
        }
        if (x instanceof SymbolAtom || x.type() == QType.CHAR || x.type() == -QType.CHAR) {
            return Q.b(g.matches(new String(bytes(x), StandardCharsets.ISO_8859_1)));
        }
        if (x instanceof KList) {
            K[] items = ((KList) x).items();
            K[] out = new K[items.length];
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof SymbolAtom || items[i].type() == QType.CHAR || items[i].type() == -QType.CHAR)) {
                    throw QException.type();
                }
                out[i] = like(items[i], g);
            }
            return Lists.collapse(out);
        }
        if (x instanceof Dict) {
            Dict d = (Dict) x;
            return new Dict(d.keys(), like(d.values(), g), d.isSorted());
        }
        throw QException.type();
    }

    /** {@code x ss y}: where in string {@code x} the (star-free) pattern {@code y} matches, left to right, not overlapping. */
    public static K ss(K x, K y) {
        byte[] s = string(x);
        Glob g = searchPattern(y);
        long[] found = new long[8];
        int n = 0;
        int len = g.length();
        for (int i = 0; i + len <= s.length; i++) {
            if (g.matchesAt(s, i)) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i;
                i += len - 1;
            }
        }
        return new LongVector(QType.LONG, Arrays.copyOf(found, n));
    }

    /** {@code ssr[x;y;z]}: string {@code x} with each match of pattern {@code y} replaced by string {@code z}, or by {@code z} of the match. */
    public static K ssr(K x, K y, K z) {
        byte[] s = string(x);
        Glob g = searchPattern(y);
        Fn f = z instanceof Fn ? (Fn) z : null;
        byte[] with = f == null ? bytes(z) : null;
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length);
        int len = g.length();
        int i = 0;
        while (i < s.length) {
            if (i + len <= s.length && g.matchesAt(s, i)) {
                byte[] r = with != null ? with : bytes(f.call(new ByteVector(QType.CHAR, Arrays.copyOfRange(s, i, i + len))));
                out.write(r, 0, r.length);
                i += len;
            } else {
                out.write(s[i++]);
            }
        }
        return new ByteVector(QType.CHAR, out.toByteArray());
    }

    private static Glob searchPattern(K y) {
        Glob g = Glob.compile(pattern(y));
        if (g.length() == 0 || g.hasStar()) {
            throw QException.length();
        }
        return g;
    }

    private static String pattern(K y) {
        if (y.type() != QType.CHAR && y.type() != -QType.CHAR) {
            throw QException.type();
        }
        return Q.text(y);
    }

    private static byte[] string(K x) {
        if (x.type() != QType.CHAR) {
            throw QException.type();
        }
        return ((ByteVector) x).items();
    }

    /** The chars of a string, char or symbol. */
    public static byte[] bytes(K x) {
        if (x instanceof ByteVector && x.type() == QType.CHAR) {
            return ((ByteVector) x).items();
        }
        if (x instanceof ByteAtom && x.type() == -QType.CHAR) {
            return new byte[] {((ByteAtom) x).value()};
        }
        if (x instanceof SymbolAtom) {
            return ((SymbolAtom) x).value().getBytes(StandardCharsets.ISO_8859_1);
        }
        throw QException.type();
    }
}
