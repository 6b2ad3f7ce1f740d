package io.mserve.engine.ops.list;

import io.mserve.engine.QException;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealAtom;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;

/** {@code asc desc iasc idesc rank bin binr within}. */
public final class Order {
    private Order() {}

    /** {@code iasc x}: the grade of a list; a dictionary's keys in the order of its values. */
    public static K iasc(K x) {
        return grade(x, false);
    }

    public static K idesc(K x) {
        return grade(x, true);
    }

    private static K grade(K x, boolean desc) {
        int[] g = Sort.grade(x, desc);
        return x instanceof Dict d ? Gather.at(d.keys(), g) : longs(g);
    }

    /** {@code rank x}: each item's position in the sorted list. */
    public static K rank(K x) {
        int[] g = Sort.grade(x, false);
        long[] r = new long[g.length];
        for (int i = 0; i < g.length; i++) {
            r[g[i]] = i;
        }
        return new LongVector(QType.LONG, r);
    }

    /**
     * {@code asc x}: sorted, with {@code s#}; a dictionary by its values; a table's rows by
     * their (value) columns, {@code s#} on a single column, else {@code p#} on the first.
     */
    public static K asc(K x) {
        return sorted(x, false);
    }

    public static K desc(K x) {
        return sorted(x, true);
    }

    private static K sorted(K x, boolean desc) {
        if (x.type() < 0) {
            throw QException.type();
        }
        K r = Gather.at(x, Sort.grade(x, desc));
        if (desc) {
            return r;
        }
        if (r instanceof Table t) {
            return marked(t);
        }
        if (r instanceof Dict d) {
            return new Dict(d.keys(), d.values() instanceof Table t ? marked(t) : sortedAttribute(d.values()));
        }
        return sortedAttribute(r);
    }

    private static K sortedAttribute(K v) {
        return v instanceof KVector kv ? kv.withAttribute(Attribute.SORTED) : v;
    }

    private static Table marked(Table t) {
        K[] data = t.data().clone();
        if (data.length == 1) {
            data[0] = sortedAttribute(data[0]);
        } else if (data.length > 1 && data[0] instanceof KVector v) {
            data[0] = v.withAttribute(Attribute.PARTED);
        }
        return new Table(t.columns(), data);
    }

    private static K longs(int[] g) {
        long[] r = new long[g.length];
        for (int i = 0; i < g.length; i++) {
            r[i] = g[i];
        }
        return new LongVector(QType.LONG, r);
    }

    /** {@code x bin y} ({@code right}: {@code binr}): binary search of sorted x. */
    public static K bin(K x, K y, boolean right) {
        if (x instanceof Dict d) {
            K at = bin(d.values(), y, right);
            long[] idx = at.type() < 0 ? new long[] {((LongAtom) at).value()} : ((LongVector) at).items();
            K keys = Gather.atOrNull(d.keys(), idx);
            return at.type() < 0 ? Lists.at(keys, 0) : keys;
        }
        if (!Lists.isList(x)) {
            throw QException.type();
        }
        boolean atom = y.type() < 0 || x instanceof KList && !(y instanceof KList);
        K ys = atom ? (x instanceof KList ? new KList(y) : Join.enlist(y)) : y;
        if (!(x instanceof KList) && ys.type() != x.type()) {
            throw QException.type();
        }
        int n = x.count();
        int m = ys.count();
        long[] r = new long[m];
        long[] kx = Keys.of(x);
        long[] ky = kx == null ? null : Keys.of(ys);
        for (int j = 0; j < m; j++) {
            int lo = 0;
            int hi = n;
            // first index whose item is > y (bin) or >= y (binr)
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                int c = kx != null ? Long.compare(kx[mid], ky[j]) : compare(x, mid, ys, j);
                if (c < 0 || c == 0 && !right) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            r[j] = right ? lo : lo - 1;
        }
        return atom ? Q.j(r[0]) : new LongVector(QType.LONG, r);
    }

    private static int compare(K x, int i, K y, int j) {
        if (x instanceof SymbolVector sx) {
            return sx.items()[i].compareTo(((SymbolVector) y).items()[j]);
        }
        return Sort.compare(Lists.at(x, i), Lists.at(y, j));
    }

    /** {@code x within (lo;hi)}: lo <= x <= hi, item by item for lists. */
    public static K within(K x, K y) {
        if (y.count() != 2 || y.type() < 0) {
            throw QException.length();
        }
        K lo = Lists.at(y, 0);
        K hi = Lists.at(y, 1);
        if (x instanceof Dict d) {
            return new Dict(d.keys(), within(d.values(), y));
        }
        if (x.type() < 0) {
            return Q.b(cmp(lo, x) <= 0 && cmp(x, hi) <= 0);
        }
        if (x.type() > 0 && x.type() == -lo.type() && lo.type() == hi.type()) {
            if (x instanceof SymbolVector v) {
                return withinSymbols(v.items(), lo, hi);
            }
            long[] keys = Keys.of(x);
            if (keys != null) {
                return withinKeys(keys, lo, hi);
            }
        }
        int n = x.count();
        boolean each = lo.type() >= 0;
        if (each && (lo.count() != n || hi.count() != n)) {
            throw QException.length();
        }
        K[] r = new K[n];
        for (int i = 0; i < n; i++) {
            K a = each ? Lists.at(lo, i) : lo;
            K b = each ? Lists.at(hi, i) : hi;
            r[i] = within(Lists.at(x, i), Q.list(a, b));
        }
        return n == 0 ? new ByteVector(QType.BOOLEAN, new byte[0]) : Lists.collapse(r);
    }

    private static K withinKeys(long[] s, K lo, K hi) {
        long a = Keys.of(Join.enlist(lo))[0];
        long b = Keys.of(Join.enlist(hi))[0];
        byte[] r = new byte[s.length];
        for (int i = 0; i < s.length; i++) {
            r[i] = (byte) (a <= s[i] && s[i] <= b ? 1 : 0);
        }
        return new ByteVector(QType.BOOLEAN, r);
    }

    private static K withinSymbols(String[] s, K lo, K hi) {
        String a = ((SymbolAtom) lo).value();
        String b = ((SymbolAtom) hi).value();
        byte[] r = new byte[s.length];
        for (int i = 0; i < s.length; i++) {
            r[i] = (byte) (a.compareTo(s[i]) <= 0 && s[i].compareTo(b) <= 0 ? 1 : 0);
        }
        return new ByteVector(QType.BOOLEAN, r);
    }

    /** Order between two atoms: same type by q's order; numbers of unlike types by value. */
    static int cmp(K a, K b) {
        if (a.type() == b.type() || !numeric(a) || !numeric(b)) {
            if (a.type() != b.type()) {
                throw QException.type();
            }
            return Sort.compare(a, b);
        }
        if (a instanceof FloatAtom || b instanceof FloatAtom || a instanceof RealAtom || b instanceof RealAtom) {
            return Long.compare(Keys.floatKey(num(a)), Keys.floatKey(num(b)));
        }
        return Long.compare(Keys.of(Gather.at(a, new int[1]))[0], Keys.of(Gather.at(b, new int[1]))[0]);
    }

    private static boolean numeric(K v) {
        int t = -v.type();
        return t == QType.BOOLEAN || t == QType.BYTE || t == QType.SHORT || t == QType.INT || t == QType.LONG
                || t == QType.REAL || t == QType.FLOAT;
    }

    private static double num(K v) {
        if (v instanceof FloatAtom f) {
            return f.value();
        }
        if (v instanceof RealAtom r) {
            return r.value();
        }
        long k = Keys.of(Gather.at(v, new int[1]))[0];
        return Ints.isAtom(v) && k == Long.MIN_VALUE ? Double.NaN : k;
    }

}
