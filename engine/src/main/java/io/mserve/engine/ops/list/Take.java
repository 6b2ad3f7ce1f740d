package io.mserve.engine.ops.list;

import io.mserve.engine.QException;
import io.mserve.engine.ops.dict.Dicts;
import io.mserve.engine.ops.dict.Tables;
import io.mserve.engine.value.Gather;
import io.mserve.engine.value.Ints;
import io.mserve.engine.value.Lists;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.Arrays;

/** Take ({@code #}), drop and cut ({@code _}, {@code cut}), {@code sublist}, {@code rotate}, {@code prev} {@code next} {@code xprev}. */
public final class Take {
    private Take() {}

    /** {@code x#y}. */
    public static K take(K x, K y) {
        if (Ints.isAtom(x)) {
            return first(Ints.atom(x), y);
        }
        if (Ints.isVector(x)) {
            return shape(Ints.vector(x), y);
        }
        if (x instanceof SymbolAtom a && Attrs.isAttribute(a.value())) {
            return Attrs.set(a.value(), y);
        }
        if (x instanceof SymbolVector || x instanceof SymbolAtom) {
            String[] names = x instanceof SymbolVector s ? s.items() : new String[] {((SymbolAtom) x).value()};
            if (y instanceof Table t) {
                return Tables.select(t, names);
            }
            if (y instanceof Dict d && !d.isKeyedTable()) {
                return Dicts.entries(d, x instanceof SymbolAtom ? Gather.at(x, new int[] {0}) : x);
            }
            throw QException.type();
        }
        if (y instanceof Dict d && !d.isKeyedTable() && Lists.isList(x)) {
            return Dicts.entries(d, x);
        }
        if (x instanceof Table && y instanceof Dict d && d.isKeyedTable()) {
            return Dicts.entries(d, x);
        }
        throw QException.type();
    }

    /** {@code n#y}: the first (or, negative, last) n items, cyclically. */
    public static K first(long n, K y) {
        if (n == QNull.LONG) {
            return y;
        }
        int m = Ints.count(Math.abs(n));
        int c = y.count();
        if (y.type() < 0 || !(Lists.isList(y) || y instanceof Table || y instanceof Dict)) {
            return Gather.at(y, new int[m]);
        }
        if (c == 0 && y instanceof KList) {
            // taking from () gives empty lists: flip (5#.Q.res)!5#() is an empty table (ref/dotq.md, .Q.id)
            K[] empties = new K[m];
            for (int i = 0; i < m; i++) {
                empties[i] = new KList();
            }
            return new KList(empties);
        }
        if (c == 0) {
            long[] nulls = new long[m];
            Arrays.fill(nulls, -1);
            return Gather.atOrNull(y, nulls);
        }
        if (m <= c) {
            return Gather.slice(y, n >= 0 ? 0 : c - m, m);
        }
        int[] idx = new int[m];
        int start = n >= 0 ? 0 : Math.floorMod(c - m, c);
        for (int i = 0; i < m; i++) {
            idx[i] = (start + i) % c;
        }
        return Gather.at(y, idx);
    }

    private static K shape(long[] dims, K y) {
        if (dims.length == 1) {
            return first(dims[0], y);
        }
        if (dims.length == 0) {
            return Gather.at(y, new int[0]);
        }
        for (long d : dims) {
            if (d < 0 && d != QNull.LONG) {
                throw QException.domain();
            }
        }
        int c = y.count();
        if (dims.length == 2 && (dims[0] == QNull.LONG || dims[1] == QNull.LONG)) {
            return shapeNull(dims, y, c);
        }
        long total = 1;
        for (long d : dims) {
            if (d == QNull.LONG) {
                throw QException.domain();
            }
            if (d != 0 && total > Integer.MAX_VALUE / d) {
                throw new QException("limit");
            }
            total *= d;
        }
        K flat = first(Ints.count(total), y);
        return reshape(flat, dims, 0, 0);
    }

    private static K reshape(K flat, long[] dims, int level, int from) {
        int rows = (int) dims[level];
        int size = 1;
        for (int k = level + 1; k < dims.length; k++) {
            size *= (int) dims[k];
        }
        K[] r = new K[rows];
        for (int i = 0; i < rows; i++) {
            r[i] = level == dims.length - 2
                    ? Gather.slice(flat, from + i * size, size)
                    : reshape(flat, dims, level + 1, from + i * size);
        }
        return new KList(r);
    }

    private static K shapeNull(long[] dims, K y, int c) {
        K v = y.type() < 0 ? Gather.at(y, new int[1]) : y;
        int rows;
        int cols;
        if (dims[0] == QNull.LONG) {
            if (dims[1] == QNull.LONG) {
                throw QException.domain();
            }
            cols = (int) dims[1];
            rows = cols == 0 ? 0 : (c + cols - 1) / cols;
        } else {
            rows = (int) dims[0];
            cols = rows == 0 ? 0 : c / rows;
        }
        K[] r = new K[rows];
        for (int i = 0; i < rows; i++) {
            int from = i * cols;
            int len = dims[0] == QNull.LONG ? Math.min(cols, c - from) : i == rows - 1 ? c - from : cols;
            r[i] = Gather.slice(v, from, len);
        }
        return new KList(r);
    }

    /** {@code x _ y}: drop, cut, remove an item or dictionary entries, or table columns. */
    public static K drop(K x, K y) {
        if (Ints.isAtom(x) && (Lists.isList(y) || y instanceof Table || y instanceof Dict)) {
            return dropFirst(Ints.atom(x), y);
        }
        if (y instanceof Dict d && !d.isKeyedTable()) {
            return Dicts.without(d, x.type() < 0 ? Gather.at(x, new int[1]) : x);
        }
        if (y instanceof Table t && x instanceof SymbolVector s) {
            return Tables.without(t, s.items());
        }
        if (x instanceof Dict d && !d.isKeyedTable()) {
            if (y.type() >= 0) {
                throw QException.type();
            }
            return Dicts.without(d, Gather.at(y, new int[1]));
        }
        if (Ints.isVector(x) && (Lists.isList(y) || y instanceof Table)) {
            return cut(Ints.vector(x), y);
        }
        if ((Lists.isList(x) || x instanceof Table) && Ints.isAtom(y)) {
            long i = Ints.atom(y);
            int c = x.count();
            if (i < 0 || i >= c) {
                return x;
            }
            int[] idx = new int[c - 1];
            for (int k = 0; k < idx.length; k++) {
                idx[k] = k < i ? k : k + 1;
            }
            return Gather.at(x, idx);
        }
        throw QException.type();
    }

    static K dropFirst(long n, K y) {
        int c = y.count();
        int m = (int) Math.min(Math.abs(n), c);
        if (n == QNull.LONG) {
            m = 0;
        }
        return Gather.slice(y, n >= 0 ? m : 0, c - m);
    }

    private static K cut(long[] at, K y) {
        int c = y.count();
        K[] r = new K[at.length];
        for (int i = 0; i < at.length; i++) {
            long from = at[i];
            long to = i + 1 < at.length ? at[i + 1] : c;
            if (from < 0 || from > c || to < from || to > c) {
                throw QException.domain();
            }
            r[i] = Gather.slice(y, (int) from, (int) (to - from));
        }
        return new KList(r);
    }

    /** {@code x cut y}: rows of x items, or as {@code _} for a vector x. */
    public static K cutKeyword(K x, K y) {
        if (!Ints.isAtom(x)) {
            return drop(x, y);
        }
        long n = Ints.atom(x);
        if (n <= 0) {
            throw QException.domain();
        }
        int c = y.count();
        int rows = (int) ((c + n - 1) / n);
        long[] at = new long[rows];
        for (int i = 0; i < rows; i++) {
            at[i] = i * n;
        }
        return cut(at, y);
    }

    /** {@code x sublist y}: like take, without overtaking; {@code (i;n)} for a slice. */
    public static K sublist(K x, K y) {
        int c = y.count();
        if (y.type() < 0) {
            throw QException.type();
        }
        long[] a = Ints.vector(x);
        if (a.length == 1) {
            int m = (int) Math.min(Math.abs(a[0]), c);
            return Gather.slice(y, a[0] >= 0 ? 0 : c - m, m);
        }
        if (a.length != 2) {
            throw QException.length();
        }
        long from = Math.max(0, Math.min(a[0], c));
        long len = Math.max(0, Math.min(a[1], c - from));
        return Gather.slice(y, (int) from, (int) len);
    }

    /** {@code x rotate y}. */
    public static K rotate(K x, K y) {
        long n = Ints.atom(x);
        if (y.type() < 0) {
            return y;
        }
        if (!Lists.isList(y) && !(y instanceof Table)) {
            throw QException.type();
        }
        int c = y.count();
        if (c == 0) {
            return y;
        }
        int s = (int) Math.floorMod(n, (long) c);
        int[] idx = new int[c];
        for (int i = 0; i < c; i++) {
            idx[i] = (i + s) % c;
        }
        return Gather.at(y, idx);
    }

    /** {@code x xprev y}: y shifted right by x (left when negative), nulls filling. */
    public static K xprev(K x, K y) {
        return shift(Ints.atom(x), y);
    }

    /** y shifted right by n items (left when negative), nulls filling: {@code prev} is 1, {@code next} -1. */
    public static K shift(long n, K y) {
        if (y.type() < 0) {
            return y;
        }
        if (!Lists.isList(y) && !(y instanceof Table) && !(y instanceof Dict)) {
            throw QException.type();
        }
        if (y instanceof Dict d) {
            return new Dict(d.keys(), shift(n, d.values()));
        }
        int c = y.count();
        long[] idx = new long[c];
        for (int i = 0; i < c; i++) {
            idx[i] = i - n;
        }
        return Gather.atOrNull(y, idx);
    }
}
