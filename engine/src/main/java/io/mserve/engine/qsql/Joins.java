package io.mserve.engine.qsql;

import io.mserve.engine.QException;
import io.mserve.engine.ops.arith.Atomic;
import io.mserve.engine.ops.arith.Fill;
import io.mserve.engine.ops.arith.Num;
import io.mserve.engine.ops.dict.Tables;
import io.mserve.engine.ops.list.Join;
import io.mserve.engine.ops.search.Groups;
import io.mserve.engine.value.Gather;
import io.mserve.engine.value.Lists;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.RealAtom;
import io.mserve.ipc.value.RealVector;
import io.mserve.ipc.value.ShortAtom;
import io.mserve.ipc.value.ShortVector;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The joins: {@code lj ij ej uj pj aj aj0 ajf ajf0}. Rows are matched by hashing whole key columns. */
public final class Joins {
    private Joins() {}

    /** For each row of x's columns {@code names}, the first row of y's with equal values, or count y. */
    static long[] match(Table x, Table y, String[] names) {
        K[] xs = new K[names.length];
        K[] ys = new K[names.length];
        for (int c = 0; c < names.length; c++) {
            xs[c] = column(x, names[c]);
            ys[c] = column(y, names[c]);
        }
        if (names.length == 1) {
            return Groups.find(ys[0], xs[0]);
        }
        return Groups.find(Cols.table(names, ys), Cols.table(names, xs));
    }

    static K column(Table t, String name) {
        String[] names = t.columns().items();
        for (int c = 0; c < names.length; c++) {
            if (names[c].equals(name)) {
                return t.data()[c];
            }
        }
        throw QException.undefined(name);
    }

    static boolean has(Table t, String name) {
        return Arrays.asList(t.columns().items()).contains(name);
    }

    static Dict keyedTable(K y) {
        if (!Cols.keyed(y)) {
            throw QException.type();
        }
        return (Dict) y;
    }

    /**
     * The rows of x matched to the key rows of keyed table y: for each row of x the index of its
     * key row ({@code found}, null when none) and the rows that have one ({@code hit}).
     */
    private record KeyMatch(Source source, Table flat, Table values, long[] found, int[] hit) {
        static KeyMatch of(K x, K y) {
            Dict ky = keyedTable(y);
            Table flat = Tables.unkey(x);
            Table keys = (Table) ky.keys();
            long[] found = match(flat, keys, keys.columns().items());
            return new KeyMatch(Source.of(x), flat, (Table) ky.values(), found, hits(found, keys.count(), true));
        }

        /** Column c of y's values at the matched rows, in the order of hit. */
        K matched(int c) {
            return Gather.at(values.data()[c], take(found, hit));
        }
    }

    /** {@code x lj y}: each row of x with the values of y's row of matching key; unmatched rows keep x's values, new columns null. */
    public static K lj(K x, K y) {
        KeyMatch m = KeyMatch.of(x, y);
        String[] names = m.values().columns().items();
        K[] data = new K[names.length];
        for (int c = 0; c < names.length; c++) {
            data[c] = has(m.flat(), names[c]) ? Cols.scatter(column(m.flat(), names[c]), m.hit(), m.matched(c))
                    : Gather.atOrNull(m.values().data()[c], m.found());
        }
        return m.source().with(names, data);
    }

    /** {@code x ij y}: the rows of x whose key is in y, joined with y's values. */
    public static K ij(K x, K y) {
        KeyMatch m = KeyMatch.of(x, y);
        return lj(m.source().take(m.hit()), y);
    }

    /** {@code x pj y}: x with y's matching values added (0 where there is none). */
    public static K pj(K x, K y) {
        KeyMatch m = KeyMatch.of(x, y);
        String[] names = m.values().columns().items();
        K[] data = new K[names.length];
        for (int c = 0; c < names.length; c++) {
            K col = m.values().data()[c];
            K add = Cols.scatter(zeros(col, m.flat().count()), m.hit(), m.matched(c));
            data[c] = has(m.flat(), names[c]) ? Atomic.dyad(column(m.flat(), names[c]), add, Num::add) : add;
        }
        return m.source().with(names, data);
    }

    private static K zeros(K like, int n) {
        K zero;
        switch (like.type()) {
            case 7: zero = new LongAtom(-7, 0); break;
            case 6: zero = new IntAtom(-6, 0); break;
            case 9: zero = new FloatAtom(-9, 0); break;
            case 8: zero = new RealAtom(0f); break;
            case 5: zero = new ShortAtom((short) 0); break;
            default: throw QException.type();
        }
        return Lists.repeat(zero, n);
    }

    /** {@code ej[c;x;y]}: each row of x with every row of y that matches it on columns c. */
    public static K ej(K c, K x, K y) {
        String[] names = names(c);
        Table tx = Tables.unkey(x);
        Table ty = Tables.unkey(y);
        K[] ys = new K[names.length];
        K[] xs = new K[names.length];
        for (int k = 0; k < names.length; k++) {
            ys[k] = column(ty, names[k]);
            xs[k] = column(tx, names[k]);
        }
        // group y's rows by key; each x row takes every row of its key's group
        Groups g = Groups.ofRows(ys, ty.count());
        int[][] groups = Cols.rows(g);
        long[] found = names.length == 1 ? Groups.find(Gather.at(ys[0], g.firsts), xs[0])
                : Groups.find(Gather.at(Cols.table(names, ys), g.firsts), Cols.table(names, xs));
        int n = 0;
        for (long f : found) {
            n += f < groups.length ? groups[(int) f].length : 0;
        }
        int[] xi = new int[n];
        int[] yi = new int[n];
        for (int r = 0, at = 0; r < found.length; r++) {
            if (found[r] < groups.length) {
                for (int j : groups[(int) found[r]]) {
                    xi[at] = r;
                    yi[at++] = j;
                }
            }
        }
        Table left = (Table) Gather.at(tx, xi);
        Table right = (Table) Gather.at(ty, yi);
        return withColumns(left, right, names);
    }

    // left with right's columns (other than skip) replacing or added
    private static Table withColumns(Table left, Table right, String[] skip) {
        List<String> skipped = Arrays.asList(skip);
        List<String> names = new ArrayList<>(Arrays.asList(left.columns().items()));
        List<K> data = new ArrayList<>(Arrays.asList(left.data()));
        String[] rn = right.columns().items();
        for (int c = 0; c < rn.length; c++) {
            if (skipped.contains(rn[c])) {
                continue;
            }
            int at = names.indexOf(rn[c]);
            if (at >= 0) {
                data.set(at, right.data()[c]);
            } else {
                names.add(rn[c]);
                data.add(right.data()[c]);
            }
        }
        return Cols.table(names.toArray(new String[0]), data.toArray(new K[0]));
    }

    /** {@code x uj y}: rows of both, columns of both (nulls where a table lacks one); keyed tables upsert by key. */
    public static K uj(K x, K y) {
        if (x instanceof KList && x.count() == 0) {
            return y;
        }
        if (y instanceof KList && y.count() == 0) {
            return x;
        }
        if (x instanceof Table tx && y instanceof Table ty) {
            return Join.join(pad(tx, ty), pad(ty, tx));
        }
        if (Cols.keyed(x) && Cols.keyed(y)) {
            return ujKeyed((Dict) x, (Dict) y);
        }
        throw QException.type();
    }

    // Rows of y with x's keys replace those rows' values in y's columns only; the other rows of y are appended.
    private static K ujKeyed(Dict x, Dict y) {
        Table kx = (Table) x.keys();
        Table ky = (Table) y.keys();
        Table vy = (Table) y.values();
        Table px = pad((Table) x.values(), vy);
        long[] found = match(ky, kx, kx.columns().items());
        int nx = kx.count();
        int[] hit = hits(found, nx, true);
        int[] rowsX = take(found, hit);
        String[] yn = vy.columns().items();
        K[] data = px.data().clone();
        String[] xn = px.columns().items();
        for (int c = 0; c < xn.length; c++) {
            if (has(vy, xn[c])) {
                data[c] = Cols.scatter(data[c], rowsX, Gather.at(column(vy, xn[c]), hit));
            }
        }
        int[] miss = hits(found, nx, false);
        Table added = order(pad((Table) Gather.at(vy, miss), px), xn);
        return Join.join(new Dict(kx, Cols.table(xn, data)), new Dict(Gather.at(ky, miss), added));
    }

    // t with null columns for those only other has, in the order: t's then other's
    private static Table pad(Table t, Table other) {
        List<String> names = new ArrayList<>(Arrays.asList(t.columns().items()));
        List<K> data = new ArrayList<>(Arrays.asList(t.data()));
        String[] on = other.columns().items();
        for (int c = 0; c < on.length; c++) {
            if (!names.contains(on[c])) {
                names.add(on[c]);
                data.add(Cols.nulls(other.data()[c], t.count()));
            }
        }
        return Cols.table(names.toArray(new String[0]), data.toArray(new K[0]));
    }

    private static Table order(Table t, String[] names) {
        K[] data = new K[names.length];
        for (int c = 0; c < names.length; c++) {
            data[c] = column(t, names[c]);
        }
        return Cols.table(names, data);
    }

    /**
     * {@code aj[c;x;y]} (time from x) and {@code aj0} (time from y): each row of x with y's last row at or before its time,
     * matching on the other columns; {@code ajf ajf0} (filling) keep x's value where y's is null, as V2.8's aj did.
     */
    public static K aj(K c, K x, K y, boolean timeFromY, boolean filling) {
        String[] names = names(c);
        Table tx = Tables.unkey(x);
        Table ty = Tables.unkey(y);
        String time = names[names.length - 1];
        String[] eq = Arrays.copyOf(names, names.length - 1);
        int ny = ty.count();
        long[] tyTime = ordinal(column(ty, time));
        long[] txTime = ordinal(column(tx, time));
        int[][] groups;
        long[] found;
        if (eq.length == 0) {
            groups = new int[][] {Cols.iota(ny)};
            found = new long[tx.count()];
        } else {
            K[] ys = new K[eq.length];
            for (int k = 0; k < eq.length; k++) {
                ys[k] = column(ty, eq[k]);
            }
            Groups g = Groups.ofRows(ys, ny);
            groups = Cols.rows(g);
            Table firsts = (Table) Gather.at(Cols.table(eq, ys), g.firsts);
            found = match(tx, firsts, eq);
        }
        long[] row = new long[tx.count()];
        for (int r = 0; r < row.length; r++) {
            row[r] = ny;
            if (found[r] < groups.length) {
                int[] grp = groups[(int) found[r]];
                int lo = 0;
                int hi = grp.length - 1;
                long t = txTime[r];
                // the last row of the group whose time is at or before t
                while (lo <= hi) {
                    int mid = (lo + hi) >>> 1;
                    if (tyTime[grp[mid]] <= t) {
                        lo = mid + 1;
                    } else {
                        hi = mid - 1;
                    }
                }
                if (hi >= 0) {
                    row[r] = grp[hi];
                }
            }
        }
        int[] hit = hits(row, ny, true);
        List<String> names2 = new ArrayList<>();
        List<K> data = new ArrayList<>();
        String[] yn = ty.columns().items();
        List<String> eqNames = Arrays.asList(eq);
        for (int k = 0; k < yn.length; k++) {
            if (eqNames.contains(yn[k]) || (!timeFromY && yn[k].equals(time))) {
                continue;
            }
            K col = ty.data()[k];
            names2.add(yn[k]);
            if (has(tx, yn[k])) {
                K fromY = Gather.at(col, take(row, hit));
                K own = column(tx, yn[k]);
                data.add(Cols.scatter(own, hit, filling ? Fill.fill(Gather.at(own, hit), fromY) : fromY));
            } else {
                data.add(Gather.atOrNull(col, row));
            }
        }
        return Source.of(tx).with(names2.toArray(new String[0]), data.toArray(new K[0]));
    }

    // A sortable column as longs ordered as q orders its items.
    static long[] ordinal(K v) {
        if (v instanceof LongVector l) {
            return l.items();
        }
        int n = v.count();
        long[] r = new long[n];
        if (v instanceof IntVector iv) {
            int[] a = iv.items();
            for (int k = 0; k < n; k++) {
                r[k] = a[k];
            }
        } else if (v instanceof ShortVector sv) {
            short[] a = sv.items();
            for (int k = 0; k < n; k++) {
                r[k] = a[k];
            }
        } else if (v instanceof ByteVector bv) {
            byte[] a = bv.items();
            for (int k = 0; k < n; k++) {
                r[k] = a[k] & 0xff;
            }
        } else if (v instanceof FloatVector fv) {
            double[] a = fv.items();
            for (int k = 0; k < n; k++) {
                r[k] = floatOrder(a[k]);
            }
        } else if (v instanceof RealVector rv) {
            float[] a = rv.items();
            for (int k = 0; k < n; k++) {
                r[k] = floatOrder(a[k]);
            }
        } else {
            throw QException.type();
        }
        return r;
    }

    private static long floatOrder(double d) {
        if (Double.isNaN(d)) {
            return Long.MIN_VALUE;
        }
        long bits = Double.doubleToLongBits(d == 0 ? 0.0 : d);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /** The positions of found (or, when {@code found} is false, not found) items: those below n. */
    static int[] hits(long[] found, int n, boolean wanted) {
        int c = 0;
        for (long f : found) {
            c += (f < n) == wanted ? 1 : 0;
        }
        int[] r = new int[c];
        for (int k = 0, j = 0; k < found.length; k++) {
            if ((found[k] < n) == wanted) {
                r[j++] = k;
            }
        }
        return r;
    }

    static int[] take(long[] v, int[] idx) {
        int[] r = new int[idx.length];
        for (int k = 0; k < idx.length; k++) {
            r[k] = (int) v[idx[k]];
        }
        return r;
    }

    static String[] names(K c) {
        if (c instanceof SymbolVector s) {
            return s.items();
        }
        if (c instanceof SymbolAtom s) {
            return new String[] {s.value()};
        }
        throw QException.type();
    }
}
