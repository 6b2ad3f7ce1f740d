package io.mserve.engine.qsql;

import io.mserve.engine.QException;
import io.mserve.engine.ops.dict.Tables;
import io.mserve.engine.ops.search.Groups;
import io.mserve.engine.value.Gather;
import io.mserve.engine.value.Lists;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.Table;
import java.util.Arrays;
import java.util.function.BiFunction;

/** {@code wj} and {@code wj1}: aggregates of another table's rows in a time window around each row. */
public final class WindowJoin {
    private WindowJoin() {}

    /**
     * {@code wj[w;c;t;(q;(f;col);..)]}. Rows of q matching on c's other columns, with times in
     * [begin, end]; wj (prevailing true) also takes the last row at or before begin.
     */
    public static K join(K w, K c, K t, K spec, boolean prevailing, BiFunction<K, K[], K> apply) {
        K[] windows = Lists.items(w);
        K[] parts = Lists.items(spec);
        if (windows.length != 2 || parts.length < 1) {
            throw QException.length();
        }
        String[] names = Joins.names(c);
        Table tt = Tables.unkey(t);
        Table qt = Tables.unkey(parts[0]);
        String time = names[names.length - 1];
        String[] eq = Arrays.copyOf(names, names.length - 1);
        long[] begin = Joins.ordinal(windows[0]);
        long[] end = Joins.ordinal(windows[1]);
        long[] qTime = Joins.ordinal(Joins.column(qt, time));
        int nq = qt.count();
        int nt = tt.count();
        if (begin.length != nt || end.length != nt) {
            throw QException.length();
        }
        int[][] groups;
        long[] found;
        if (eq.length == 0) {
            groups = new int[][] {Cols.iota(nq)};
            found = new long[nt];
        } else {
            K[] qs = new K[eq.length];
            for (int k = 0; k < eq.length; k++) {
                qs[k] = Joins.column(qt, eq[k]);
            }
            Groups g = Groups.ofRows(qs, nq);
            groups = Cols.rows(g);
            found = Joins.match(tt, (Table) Gather.at(Cols.table(eq, qs), g.firsts), eq);
        }
        int[][] rows = new int[nt][];
        for (int r = 0; r < nt; r++) {
            rows[r] = found[r] < groups.length ? window(groups[(int) found[r]], qTime, begin[r], end[r], prevailing) : new int[0];
        }
        String[] outNames = new String[parts.length - 1];
        K[] outData = new K[parts.length - 1];
        for (int a = 1; a < parts.length; a++) {
            K[] agg = Lists.items(parts[a]);
            if (agg.length < 2) {
                throw QException.length();
            }
            K[] cols = new K[agg.length - 1];
            for (int k = 1; k < agg.length; k++) {
                if (!(agg[k] instanceof SymbolAtom s)) {
                    throw QException.type();
                }
                cols[k - 1] = Joins.column(qt, s.value());
                outNames[a - 1] = s.value();
            }
            K[] perRow = new K[nt];
            for (int r = 0; r < nt; r++) {
                K[] args = new K[cols.length];
                for (int k = 0; k < cols.length; k++) {
                    args[k] = Gather.at(cols[k], rows[r]);
                }
                perRow[r] = apply.apply(agg[0], args);
            }
            outData[a - 1] = Lists.collapse(perRow);
        }
        return Source.of(tt).with(outNames, outData);
    }

    // The group's rows (ascending times) in [begin, end], with the one prevailing at begin when asked.
    private static int[] window(int[] group, long[] times, long begin, long end, boolean prevailing) {
        int from = upper(group, times, begin - 1);
        if (prevailing && from > 0 && (from == group.length || times[group[from]] > begin)) {
            from--;
        }
        int to = upper(group, times, end);
        return from >= to ? new int[0] : Arrays.copyOfRange(group, from, to);
    }

    // The number of the group's rows with time at most t.
    private static int upper(int[] group, long[] times, long t) {
        int lo = 0;
        int hi = group.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[group[mid]] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
