package io.mserve.engine.ops.search;

import io.mserve.engine.QException;
import io.mserve.engine.ops.arith.Atomic;
import io.mserve.engine.ops.arith.Num;
import io.mserve.engine.ops.compare.Cmp;
import io.mserve.engine.ops.compare.Tolerance;
import io.mserve.engine.ops.dict.Tables;
import io.mserve.engine.ops.list.Join;
import io.mserve.engine.ops.sort.Sort;
import io.mserve.engine.ops.sort.SortKeys;
import io.mserve.engine.value.Gather;
import io.mserve.engine.value.Ints;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealAtom;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.Arrays;

/** {@code bin binr within}: where items fall in a sorted list, and whether they lie in a range (floats with q's tolerance). */
public final class Bin {
    private Bin() {}

    /** {@code x bin y} ({@code right}: {@code binr}): binary search of sorted x. */
    public static K bin(K x, K y, boolean right) {
        if (x instanceof Table t) {
            return rows(t, y, right);
        }
        if (x instanceof Dict d && d.isKeyedTable()) {
            Table vals = (Table) d.values();
            K at = rows(vals, y instanceof Table ty ? Tables.select(ty, vals.columns().items()) : y, right);
            long[] idx = at.type() < 0 ? new long[] {((LongAtom) at).value()} : ((LongVector) at).items();
            K keys = Gather.atOrNull(d.keys(), idx);
            return at.type() < 0 ? Lists.at(keys, 0) : keys;
        }
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
        long[] kx = SortKeys.of(x);
        long[] ky = kx == null ? null : SortKeys.of(ys);
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

    /**
     * {@code t bin y} of a table: for each row of y (a table, or one row as a list or dictionary),
     * the last row of t that matches it in all columns but the last and is not greater in the last
     * ({@code binr}: the first not less); {@code 0N} where there is none (docs/ref/bin.md).
     */
    private static K rows(Table x, K y, boolean right) {
        String[] names = x.columns().items();
        int nc = names.length;
        boolean one = !(y instanceof Table);
        Table ys = one ? row(names, y) : Tables.select((Table) y, names);
        int n = x.count();
        int m = ys.count();
        K xl = x.data()[nc - 1];
        K yl = ys.data()[nc - 1];
        if (xl.type() != yl.type() && xl.type() != 0) {
            throw QException.type();
        }
        long[] group = new long[n];
        long[] found = new long[m];
        if (nc > 1) {
            Table xp = Tables.select(x, Arrays.copyOf(names, nc - 1));
            group = Groups.find(xp, xp);
            found = Groups.find(xp, Tables.select(ys, Arrays.copyOf(names, nc - 1)));
        } else if (n == 0) {
            Arrays.fill(found, n);
        }
        // the rows of each group in order, found from the group's first row
        int[] size = new int[n + 1];
        for (long g : group) {
            size[(int) g]++;
        }
        int[] start = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            start[i] = start[i - 1] + size[i - 1];
        }
        int[] members = new int[n];
        int[] fill = start.clone();
        for (int i = 0; i < n; i++) {
            members[fill[(int) group[i]]++] = i;
        }
        long[] r = new long[m];
        for (int j = 0; j < m; j++) {
            int g = (int) found[j];
            r[j] = QNull.LONG;
            if (g == n) {
                continue;
            }
            K key = Lists.at(yl, j);
            int lo = start[g];
            int hi = start[g] + size[g];
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                int c = Sort.compare(Lists.at(xl, members[mid]), key);
                if (c < 0 || c == 0 && !right) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            int at = right ? lo : lo - 1;
            if (at >= start[g] && at < start[g] + size[g]) {
                r[j] = members[at];
            }
        }
        return one ? Q.j(r[0]) : new LongVector(QType.LONG, r);
    }

    // one row of a table with these columns: a dictionary by column name, or a list of one value per column
    private static Table row(String[] names, K y) {
        K[] cells;
        if (y instanceof Dict d) {
            cells = new K[names.length];
            for (int c = 0; c < names.length; c++) {
                long at = Groups.find(d.keys(), Q.syms(names[c]))[0];
                if (at == d.count()) {
                    throw QException.type();
                }
                cells[c] = Lists.at(d.values(), (int) at);
            }
        } else {
            cells = Lists.items(y);
        }
        if (cells.length != names.length) {
            throw QException.length();
        }
        K[] data = new K[names.length];
        for (int c = 0; c < data.length; c++) {
            data[c] = Join.enlist(cells[c]);
        }
        return new Table(new SymbolVector(names), data);
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
        if (isTemporal(x) && isTemporal(lo) && isTemporal(hi) && (x.type() != lo.type() || lo.type() != hi.type())) {
            // unlike temporals meet as comparisons have them meet
            return Atomic.dyad(Atomic.dyad(lo, x, Cmp::le), Atomic.dyad(x, hi, Cmp::le), Num::min);
        }
        if (x.type() < 0 && lo.type() < 0 && hi.type() < 0) {
            return Q.b(cmp(lo, x) <= 0 && cmp(x, hi) <= 0);
        }
        if (x instanceof FloatVector v && numeric(lo) && numeric(hi)) {
            // numbers of other types meet a float vector as floats, as cmp compares them
            return withinFloats(v.items(), num(lo), num(hi));
        }
        if (x.type() > 0 && x.type() == -lo.type() && lo.type() == hi.type()) {
            if (x instanceof SymbolVector v) {
                return withinSymbols(v.items(), lo, hi);
            }
            if (x instanceof FloatVector v) {
                return withinFloats(v.items(), ((FloatAtom) lo).value(), ((FloatAtom) hi).value());
            }
            long[] keys = SortKeys.of(x);
            if (keys != null) {
                return withinKeys(keys, lo, hi);
            }
        }
        // atoms extend to the lists among x, lo and hi, which must have one count (ref/within.md)
        int n = x.type() >= 0 ? x.count() : lo.type() >= 0 ? lo.count() : hi.count();
        for (K v : new K[] {x, lo, hi}) {
            if (v.type() >= 0 && v.count() != n) {
                throw QException.length();
            }
        }
        K[] r = new K[n];
        for (int i = 0; i < n; i++) {
            r[i] = within(item(x, i), Q.list(item(lo, i), item(hi, i)));
        }
        return n == 0 ? new ByteVector(QType.BOOLEAN, new byte[0]) : Lists.collapse(r);
    }

    private static boolean isTemporal(K v) {
        int t = Math.abs(v.type());
        return t >= QType.TIMESTAMP && t <= QType.TIME;
    }

    private static K item(K v, int i) {
        return v.type() < 0 ? v : Lists.at(v, i);
    }

    private static K withinFloats(double[] s, double lo, double hi) {
        byte[] r = new byte[s.length];
        for (int i = 0; i < s.length; i++) {
            r[i] = (byte) (!Tolerance.less(s[i], lo) && !Tolerance.less(hi, s[i]) ? 1 : 0);
        }
        return new ByteVector(QType.BOOLEAN, r);
    }

    private static K withinKeys(long[] s, K lo, K hi) {
        long a = SortKeys.of(Join.enlist(lo))[0];
        long b = SortKeys.of(Join.enlist(hi))[0];
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

    /** Order between two atoms: same type by q's order; numbers of unlike types by value, floats with q's tolerance. */
    static int cmp(K a, K b) {
        boolean numbers = numeric(a) && numeric(b);
        if (numbers && (a instanceof FloatAtom || b instanceof FloatAtom || a instanceof RealAtom || b instanceof RealAtom)) {
            return Tolerance.compare(num(a), num(b));
        }
        if (a.type() == b.type() || !numbers) {
            if (a.type() != b.type()) {
                throw QException.type();
            }
            return Sort.compare(a, b);
        }
        return Long.compare(SortKeys.of(Gather.at(a, new int[1]))[0], SortKeys.of(Gather.at(b, new int[1]))[0]);
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
        long k = SortKeys.of(Gather.at(v, new int[1]))[0];
        return Ints.isAtom(v) && k == Long.MIN_VALUE ? Double.NaN : k;
    }
}
