package io.mserve.engine.ops.arith;

import io.mserve.engine.QException;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Lists;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.HashMap;
import java.util.Map;

/**
 * Applying an atomic function as q does. A verb supplies a {@link Kernel} that handles only
 * "simple" arguments — atoms and vectors of types 1..19, and for a dyad two vectors of equal
 * length — and these helpers do the rest: general lists item by item (a {@code 'length} error
 * when two lists differ in count), dictionaries (key-aligned; a key in only one side keeps its
 * value, as upsert does), tables column by column, keyed tables by key.
 *
 * <p>Usage: {@code Atomic.dyad(x, y, Num::add)}, {@code Atomic.monad(x, Unary::neg)}.
 */
public final class Atomic {
    private Atomic() {}

    /** A dyad over simple arguments: atoms or simple vectors, equal lengths when both are vectors. */
    @FunctionalInterface
    public interface Kernel {
        K apply(K x, K y);
    }

    /** A monad over a simple argument: an atom or a simple vector. */
    @FunctionalInterface
    public interface Kernel1 {
        K apply(K x);
    }

    /** Whether {@code v} is an atom or vector of types 1..19. */
    public static boolean isSimple(K v) {
        int t = Math.abs(v.type());
        return v.type() != QType.LIST && t >= QType.BOOLEAN && t <= QType.TIME && t != 3 && v.type() != QType.ERROR;
    }

    /** {@code f} applied atomically to {@code x} and {@code y}. */
    public static K dyad(K x, K y, Kernel f) {
        return dyad(x, y, f, null);
    }

    /**
     * As {@link #dyad(K, K, Kernel)}, where a key only the right dictionary has takes
     * {@code rightOnly} of its value (Subtract: {@code neg}, as subtract.md shows), not the value.
     */
    public static K dyad(K x, K y, Kernel f, Kernel1 rightOnly) {
        if (Enumeration.domainOf(x) != null || Enumeration.domainOf(y) != null) {
            // an atomic verb sees an enumeration as its values
            return dyad(Enumeration.plain(x), Enumeration.plain(y), f, rightOnly);
        }
        if (isSimple(x) && isSimple(y)) {
            if (x.type() > 0 && y.type() > 0 && x.count() != y.count()) {
                throw QException.length();
            }
            return f.apply(x, y);
        }
        if (x instanceof Dict || y instanceof Dict) {
            return dict(x, y, f, rightOnly);
        }
        if (x instanceof Table || y instanceof Table) {
            return table(x, y, f, rightOnly);
        }
        boolean xl = isList(x) && x.type() >= 0;
        boolean yl = isList(y) && y.type() >= 0;
        if (!xl && !yl) {
            throw QException.type(); // an atom with a function, say
        }
        if (xl && yl && x.count() != y.count()) {
            throw QException.length();
        }
        int n = xl ? x.count() : y.count();
        K[] out = new K[n];
        for (int i = 0; i < n; i++) {
            out[i] = dyad(xl ? Lists.at(x, i) : x, yl ? Lists.at(y, i) : y, f, rightOnly);
        }
        return Lists.collapse(out);
    }

    /** {@code f} applied atomically to {@code x}. */
    public static K monad(K x, Kernel1 f) {
        if (Enumeration.domainOf(x) != null) {
            return monad(Enumeration.plain(x), f);
        }
        if (isSimple(x)) {
            return f.apply(x);
        }
        if (x instanceof Dict) {
            Dict d = (Dict) x;
            return new Dict(d.keys(), monad(d.values(), f), d.isSorted());
        }
        if (x instanceof Table) {
            Table t = (Table) x;
            K[] cols = new K[t.data().length];
            for (int c = 0; c < cols.length; c++) {
                cols[c] = monad(t.data()[c], f);
            }
            return new Table(t.columns(), cols);
        }
        if (x instanceof KList) {
            K[] items = ((KList) x).items();
            K[] out = new K[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = monad(items[i], f);
            }
            return Lists.collapse(out);
        }
        throw QException.type();
    }

    private static boolean isList(K v) {
        return v instanceof KVector || isSimple(v);
    }

    private static K table(K x, K y, Kernel f, Kernel1 rightOnly) {
        if (x instanceof Table && y instanceof Table) {
            Table a = (Table) x;
            Table b = (Table) y;
            if (!a.columns().equals(b.columns())) {
                throw QException.length();
            }
            if (a.count() != b.count()) {
                throw QException.length();
            }
            K[] cols = new K[a.data().length];
            for (int c = 0; c < cols.length; c++) {
                cols[c] = dyad(a.data()[c], b.data()[c], f, rightOnly);
            }
            return new Table(a.columns(), cols);
        }
        Table t = (Table) (x instanceof Table ? x : y);
        K other = x instanceof Table ? y : x;
        if (!other.isAtom()) {
            throw QException.nyi();
        }
        K[] cols = new K[t.data().length];
        for (int c = 0; c < cols.length; c++) {
            cols[c] = x instanceof Table ? dyad(t.data()[c], other, f, rightOnly) : dyad(other, t.data()[c], f, rightOnly);
        }
        return new Table(t.columns(), cols);
    }

    private static K dict(K x, K y, Kernel f, Kernel1 rightOnly) {
        if (!(x instanceof Dict)) {
            Dict d = (Dict) y;
            return new Dict(d.keys(), dyad(x, d.values(), f, rightOnly), d.isSorted());
        }
        Dict a = (Dict) x;
        if (!(y instanceof Dict)) {
            return new Dict(a.keys(), dyad(a.values(), y, f, rightOnly), a.isSorted());
        }
        Dict b = (Dict) y;
        if (a.keys().equals(b.keys())) {
            return new Dict(a.keys(), dyad(a.values(), b.values(), f, rightOnly), a.isSorted());
        }
        return union(a, b, f, rightOnly);
    }

    // Key-aligned union: x's keys in order, then y's new keys; values combined where both have the key.
    private static K union(Dict a, Dict b, Kernel f, Kernel1 rightOnly) {
        K[] ka = Lists.items(a.keys());
        K[] kb = Lists.items(b.keys());
        K[] va = Lists.items(a.values());
        K[] vb = Lists.items(b.values());
        if (ka.length != va.length || kb.length != vb.length) {
            throw QException.length();
        }
        Map<K, Integer> where = new HashMap<>();
        for (int i = ka.length - 1; i >= 0; i--) {
            where.put(ka[i], i);
        }
        K[] vals = va.clone();
        int extra = 0;
        boolean[] fresh = new boolean[kb.length];
        for (int j = 0; j < kb.length; j++) {
            Integer i = where.get(kb[j]);
            if (i == null) {
                fresh[j] = true;
                extra++;
            } else {
                vals[i] = dyad(vals[i], vb[j], f, rightOnly);
            }
        }
        K[] keys = new K[ka.length + extra];
        K[] values = new K[ka.length + extra];
        System.arraycopy(ka, 0, keys, 0, ka.length);
        System.arraycopy(vals, 0, values, 0, ka.length);
        int k = ka.length;
        for (int j = 0; j < kb.length; j++) {
            if (fresh[j]) {
                keys[k] = kb[j];
                values[k++] = rightOnly == null ? vb[j] : monad(vb[j], rightOnly);
            }
        }
        return new Dict(rebuild(a.keys(), keys), rebuild(a.values(), values));
    }

    // The list of items, as a table again when the original was one (its items are row dictionaries).
    private static K rebuild(K like, K[] items) {
        if (!(like instanceof Table)) {
            return Lists.collapse(items);
        }
        SymbolVector cols = ((Table) like).columns();
        K[] data = new K[cols.count()];
        for (int c = 0; c < data.length; c++) {
            K[] col = new K[items.length];
            for (int r = 0; r < items.length; r++) {
                if (!(items[r] instanceof Dict)) {
                    throw QException.type();
                }
                col[r] = Lists.at(((Dict) items[r]).values(), c);
            }
            data[c] = items.length == 0 ? ((Table) like).data()[c] : Lists.collapse(col);
        }
        return new Table(cols, data);
    }
}
