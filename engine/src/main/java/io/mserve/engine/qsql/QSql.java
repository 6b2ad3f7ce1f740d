package io.mserve.engine.qsql;

import io.mserve.engine.QException;
import io.mserve.engine.ops.Context;
import io.mserve.engine.ops.cast.Dollar;
import io.mserve.engine.ops.dict.Tables;
import io.mserve.engine.ops.enumeration.Enumerations;
import io.mserve.engine.ops.search.Groups;
import io.mserve.engine.ops.sort.Sort;
import io.mserve.engine.parse.Node;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Gather;
import io.mserve.engine.value.Ints;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Partitioned;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * q-SQL: {@code select exec update delete} over tables and keyed tables. Each phrase is evaluated
 * once over whole columns (taken at the selected rows), or once per group under {@code by}.
 */
public final class QSql {
    final Evaluator evaluator;
    final Context ctx;

    /** q-SQL evaluated by {@code evaluator}, reading and writing the globals of {@code ctx}. */
    public QSql(Evaluator evaluator, Context ctx) {
        this.evaluator = evaluator;
        this.ctx = ctx;
    }

    /** A query as the parser read it, in {@code frame} (null at the top level). */
    public K evaluate(Node.Query q, Object frame) {
        List<Node> parts = q.limit() == null ? List.of() : q.limit() instanceof Node.ListOf l ? l.items() : List.of(q.limit());
        if (parts.size() > 2 || q.limit() instanceof Node.ListOf l && l.items().contains(null)) {
            throw QException.rank();
        }
        Node last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
        Node.Monadic order = last instanceof Node.Monadic m && m.fn() instanceof Node.Op op
                && (op.glyph().equals("<") || op.glyph().equals(">")) ? m : null;
        if (parts.size() == 2 && order == null) {
            throw QException.type();
        }
        K limit = parts.isEmpty() || parts.size() == 1 && order != null ? null : evaluator.eval(parts.get(0), frame);
        K from = evaluator.eval(q.from(), frame);
        return run(q.kind(), q.columns(), q.by(), from, q.where(), limit, order, frame);
    }

    /** A query over {@code from} (a table, keyed table, or a global's name for update and delete). */
    K run(String kind, List<Node.Column> columns, List<Node.Column> by, K from, List<Node> where, K limit, Object frame) {
        return run(kind, columns, by, from, where, limit, null, frame);
    }

    /** As above; {@code order}, {@code <col} or {@code >col} from {@code select[>price]}, sorts the selected rows. */
    K run(String kind, List<Node.Column> columns, List<Node.Column> by, K from, List<Node> where, K limit,
            Node.Monadic order, Object frame) {
        String name = null;
        if (from instanceof SymbolAtom s && kind.equals("delete") && where.isEmpty() && isNamespace(s.value())) {
            // delete a from `. (or `.ns): the namespace's globals
            String prefix = s.value().equals(".") ? "" : s.value() + ".";
            for (Node.Column c : columns) {
                if (!(c.value() instanceof Node.Var v)) {
                    throw QException.type();
                }
                ctx.removeGlobal(prefix + v.name());
            }
            return s;
        }
        if (from instanceof SymbolAtom s) {
            name = s.value();
            from = ctx.global(name);
            if (from == null) {
                throw QException.undefined(name);
            }
        }
        if (from instanceof Partitioned p) {
            if (!kind.equals("select") && !kind.equals("exec")) {
                throw Partitioned.unsupported();
            }
            return new PartitionedQuery(this, p, frame).run(kind, columns, by, where, limit, order);
        }
        K result = kind.equals("delete") && from instanceof Dict d && !d.isKeyedTable() && where.isEmpty()
                ? withoutKeys(d, columns) : query(kind, columns, by, Source.of(from), where, limit, order, frame);
        if (name != null && (kind.equals("update") || kind.equals("delete"))) {
            ctx.setGlobal(name, result);
            return Q.s(name);
        }
        return result;
    }

    // `. or `.ns (or `.ns.inner): a namespace's dictionary starts with the empty name (holding ::)
    private boolean isNamespace(String name) {
        return name.equals(".") || name.startsWith(".") && ctx.global(name) instanceof Dict d
                && d.keys() instanceof SymbolVector k && k.count() > 0 && k.items()[0].isEmpty();
    }

    private K query(String kind, List<Node.Column> columns, List<Node.Column> by, Source src, List<Node> where, K limit,
            Node.Monadic order, Object frame) {
        return query(kind, columns, by, src, where, limit, order, frame, null);
    }

    /** As above; {@code rows}, when not null, is what {@code i} stands for (row numbers within each partition). */
    K query(String kind, List<Node.Column> columns, List<Node.Column> by, Source src, List<Node> where, K limit,
            Node.Monadic order, Object frame, K rows) {
        if (kind.equals("select")) {
            Names.checkGroups(columns, by);
        }
        Run r = new Run(src, frame, rows);
        if (kind.equals("select") && by.isEmpty() && limit == null && order == null && countsOnly(columns, r.columns)) {
            r.where(where, true, false);
            K[] counts = new K[columns.size()];
            Arrays.fill(counts, Q.j(r.m));
            return table(Names.of(columns, List.of()), counts);
        }
        GroupAgg.Plan plan = kind.equals("select") && order == null
                ? GroupAgg.plan(columns, by, r.columns, src.count(), e -> r.eval(e, r.bind(List.of(e), null))) : null;
        if (plan != null) {
            byte[] mask = r.where(where, false, true);
            K fast = plan.select(r.idx, mask);
            if (fast != null) {
                return limit == null ? fast : limit(fast, limit);
            }
            r.apply(mask);
        } else {
            r.where(where, false, false);
        }
        if (order != null) {
            r.sort(order);
        }
        switch (kind) {
            case "select":
                return r.select(columns, by, limit);
            case "exec":
                return r.exec(columns, by);
            case "update":
                return r.update(columns, by);
            case "delete":
                return r.delete(columns, !where.isEmpty());
            default:
                throw QException.nyi();
        }
    }

    /** One query's evaluation: the source and the rows its where phrase selected. */
    private final class Run {
        final Source src;
        final Map<String, K> columns;
        final Object frame;
        int[] idx;
        int m;

        // what i stands for when it is not 0..count-1 (rows of a partitioned table), else null
        final K rowNumbers;

        Run(Source src, Object frame, K rowNumbers) {
            this.src = src;
            this.rowNumbers = rowNumbers;
            this.columns = src.columns();
            this.frame = frame;
            this.m = src.count();
        }

        // The columns (and virtual i) that the nodes mention, at rows (all when null).
        Map<String, K> bind(List<Node> nodes, int[] rows) {
            return bind(refs(nodes), rows);
        }

        Map<String, K> bind(Set<String> refs, int[] rows) {
            Map<String, K> env = new HashMap<>();
            for (String ref : refs) {
                K col = columns.get(ref);
                if (col != null) {
                    env.put(ref, Cols.take(col, rows));
                } else if (ref.equals("i")) {
                    env.put(ref, rowNumbers != null ? Cols.take(rowNumbers, rows) : Cols.longs(rows, src.count()));
                } else if (ref.indexOf('.') > 0 && columns.containsKey(ref.substring(0, ref.indexOf('.')))) {
                    env.put(ref, field(ref, rows));
                }
            }
            return env;
        }

        // time.minute, date.month: a temporal column's field, as `minute$time; fkey.field, link.field.field:
        // a column of the table a foreign key or link points into
        private K field(String ref, int[] rows) {
            String[] path = ref.split("\\.");
            K v = Cols.take(columns.get(path[0]), rows);
            for (int k = 1; k < path.length; k++) {
                v = v instanceof Enumeration e && e.domain().isTable() ? Enumerations.follow(e, path[k]) : Dollar.apply(Q.s(path[k]), v);
            }
            return v;
        }

        Set<String> refs(List<Node> nodes) {
            Set<String> refs = new LinkedHashSet<>();
            for (Node n : nodes) {
                Names.collect(n, refs);
            }
            return refs;
        }

        K eval(Node n, Map<String, K> env) {
            return evaluator.evalWith(n, frame, env);
        }

        /**
         * Selects the rows (into idx and m). countOnly: the last phrase's rows are only counted (into m);
         * keepMask: the last phrase's boolean mask over the rows selected before it is returned, not applied.
         */
        byte[] where(List<Node> where, boolean countOnly, boolean keepMask) {
            for (int k = 0; k < where.size(); k++) {
                Node w = where.get(k);
                int[] range = idx == null ? Where.sortedRange(w, columns) : null;
                if (range != null) {
                    m = range[1] - range[0];
                    if (!(countOnly && k == where.size() - 1)) {
                        idx = Cols.range(range[0], m);
                    }
                    continue;
                }
                if (countOnly && k == where.size() - 1 && idx == null) {
                    int c = Where.count(w, columns);
                    if (c >= 0) {
                        m = c;
                        return null;
                    }
                }
                byte[] mask = Where.mask(w, columns, idx, m);
                K r = mask != null ? null : eval(w, bind(List.of(w), idx));
                if (mask == null && r instanceof ByteVector b && r.type() == QType.BOOLEAN && r.count() == m) {
                    mask = b.items();
                }
                boolean last = k == where.size() - 1;
                if (countOnly && last) {
                    m = mask != null ? Cols.ones(mask) : Cols.positions(r, m).length;
                    return null;
                }
                if (keepMask && last && mask != null) {
                    return mask;
                }
                if (mask != null) {
                    apply(mask);
                } else {
                    idx = Cols.compose(idx, Cols.positions(r, m));
                    m = idx.length;
                }
            }
            return null;
        }

        void apply(byte[] mask) {
            if (mask != null) {
                idx = Cols.compose(idx, Cols.positions(mask, Cols.ones(mask)));
                m = idx.length;
            }
        }

        // <c or >c: the rows in the order of column c; g c for another grade function g (?[t;c;b;a;n;(g;`c)])
        void sort(Node.Monadic order) {
            Node key = order.arg();
            if (order.fn() instanceof Node.Op op) {
                K v = eval(key, bind(List.of(key), idx));
                idx = Cols.compose(all(), Sort.grade(Cols.fit(v, m), op.glyph().equals(">")));
            } else {
                idx = Cols.compose(all(), Ints.toInts(Ints.vector(eval(order, bind(List.of(key), idx)))));
            }
        }

        int[] all() {
            return idx == null ? Cols.iota(m) : idx;
        }

        K select(List<Node.Column> cols, List<Node.Column> by, K limit) {
            boolean distinct = false;
            if (!cols.isEmpty() && cols.get(0).name() == null) {
                Node first = cols.get(0).value();
                if (first instanceof Node.Var v && v.name().equals("distinct")) {
                    distinct = true;
                    cols = cols.subList(1, cols.size());
                } else if (first instanceof Node.Monadic mo && mo.fn() instanceof Node.Var v && v.name().equals("distinct")) {
                    distinct = true;
                    cols = new ArrayList<>(cols);
                    cols.set(0, new Node.Column(null, mo.arg()));
                }
            }
            if (!by.isEmpty()) {
                return limit == null ? grouped(cols, by, false) : limit(grouped(cols, by, false), limit);
            }
            if (limit != null) {
                idx = Cols.compose(idx, range(limit, m));
                m = idx.length;
            }
            K out;
            if (cols.isEmpty()) {
                out = src.take(idx);
            } else {
                String[] names = Names.of(cols, List.of());
                out = table(names, values(cols, idx));
            }
            if (distinct) {
                Table t = out instanceof Table tt ? tt : Tables.unkey(out);
                out = Gather.at(t, Groups.of(t).firsts);
            }
            return out;
        }

        K[] values(List<Node.Column> cols, int[] rows) {
            Map<String, K> env = bind(nodes(cols), rows);
            K[] vals = new K[cols.size()];
            for (int c = 0; c < vals.length; c++) {
                vals[c] = eval(cols.get(c).value(), env);
            }
            return vals;
        }

        K exec(List<Node.Column> cols, List<Node.Column> by) {
            if (!by.isEmpty()) {
                return grouped(cols, by, true);
            }
            if (cols.isEmpty()) {
                Table t = Tables.unkey(src.take(idx));
                int n = t.count();
                K[] row = new K[t.data().length];
                for (int c = 0; c < row.length; c++) {
                    row[c] = Lists.index(t.data()[c], n - 1);
                }
                return new Dict(t.columns(), Lists.collapse(row));
            }
            K[] vals = values(cols, idx);
            if (cols.size() == 1 && cols.get(0).name() == null) {
                return vals[0];
            }
            return new Dict(Q.syms(Names.of(cols, List.of())), Lists.collapse(vals));
        }

        // select/exec ... by: one evaluation per group; groups in ascending order of their keys.
        K grouped(List<Node.Column> cols, List<Node.Column> by, boolean exec) {
            String[] byNames = Names.of(by, List.of());
            K[] keys = values(by, idx);
            for (int c = 0; c < keys.length; c++) {
                keys[c] = Cols.fit(keys[c], m);
            }
            Groups g = Groups.ofRows(keys, m);
            int n = g.count();
            int[] order = Sort.gradeColumns(firsts(keys, g), n, false);
            int[][] parts = Cols.rows(g);
            int[][] groups = new int[n][];
            int[] firsts = new int[n];
            for (int k = 0; k < n; k++) {
                groups[k] = Cols.compose(idx, parts[order[k]]);
                firsts[k] = g.firsts[order[k]];
            }
            K[] keyCols = new K[keys.length];
            for (int c = 0; c < keys.length; c++) {
                keyCols[c] = Gather.at(keys[c], firsts);
            }
            String[] names;
            K[] vals;
            if (cols.isEmpty()) {
                List<String> rest = new ArrayList<>(src.names());
                rest.removeAll(List.of(byNames));
                names = rest.toArray(new String[0]);
                int[] last = new int[n];
                for (int k = 0; k < n; k++) {
                    last[k] = groups[k][groups[k].length - 1];
                }
                vals = new K[names.length];
                for (int c = 0; c < names.length; c++) {
                    vals[c] = Gather.at(columns.get(names[c]), last);
                }
            } else {
                names = Names.of(cols, List.of());
                vals = new K[cols.size()];
                for (int c = 0; c < vals.length; c++) {
                    vals[c] = perGroup(cols.get(c).value(), groups, null);
                }
            }
            if (exec) {
                boolean plainKey = by.size() == 1 && by.get(0).name() == null;
                boolean plainValue = cols.size() == 1 && cols.get(0).name() == null;
                K key = plainKey ? keyCols[0] : Cols.table(byNames, keyCols);
                K value = plainValue ? vals[0] : Cols.table(names, vals);
                return new Dict(key, value);
            }
            return new Dict(Cols.table(byNames, keyCols), Cols.table(names, vals));
        }

        private K[] firsts(K[] keys, Groups g) {
            K[] out = new K[keys.length];
            for (int c = 0; c < keys.length; c++) {
                out[c] = Gather.at(keys[c], g.firsts);
            }
            return out;
        }

        // The expression's value in each group (rows are table rows); sizes non-null: fit each to its group.
        K perGroup(Node expr, int[][] groups, int[] sizes) {
            if (sizes == null) {
                K fast = aggregate(expr, groups);
                if (fast != null) {
                    return fast;
                }
            }
            Set<String> refs = refs(List.of(expr));
            if (groups.length == 0 && sizes == null) {
                return emptyLike(eval(expr, bind(refs, new int[0])));
            }
            K[] parts = new K[groups.length];
            for (int k = 0; k < groups.length; k++) {
                parts[k] = eval(expr, bind(refs, groups[k]));
                if (sizes != null) {
                    parts[k] = Cols.fit(parts[k], sizes[k]);
                }
            }
            return sizes != null ? Cols.raze(parts) : Lists.collapse(parts);
        }

        // No groups: an empty column of the type the expression has over no rows.
        private K emptyLike(K v) {
            return v.type() < 0 && v.type() >= -QType.TIME ? Lists.empty(-v.type())
                    : Lists.empty(0);
        }

        // count, first, last, sum or avg of a column in each group, without evaluating per group; null for other expressions.
        private K aggregate(Node expr, int[][] groups) {
            if (!(expr instanceof Node.Monadic mo && mo.fn() instanceof Node.Var f && mo.arg() instanceof Node.Var c)) {
                return null;
            }
            String fn = f.name();
            boolean known = fn.equals("count") || fn.equals("first") || fn.equals("last") || fn.equals("sum") || fn.equals("avg");
            K col = !c.name().equals("i") || columns.containsKey("i") ? columns.get(c.name())
                    : rowNumbers != null ? rowNumbers : Cols.longs(null, src.count());
            if (!known || col == null || columns.containsKey(fn) || groups.length == 0) {
                return null;
            }
            int n = groups.length;
            if (fn.equals("count")) {
                long[] counts = new long[n];
                for (int k = 0; k < n; k++) {
                    counts[k] = groups[k].length;
                }
                return new LongVector(QType.LONG, counts);
            }
            if (fn.equals("sum") || fn.equals("avg")) {
                return col instanceof LongVector || col.type() == QType.FLOAT
                        ? Aggregates.sum(col, groups, fn.equals("avg")) : null;
            }
            int[] at = new int[n];
            for (int k = 0; k < n; k++) {
                int[] g = groups[k];
                at[k] = fn.equals("first") ? g[0] : g[g.length - 1];
            }
            return Gather.at(col, at);
        }

        K update(List<Node.Column> cols, List<Node.Column> by) {
            String[] names = Names.of(cols, List.of());
            K[] sel;
            if (by.isEmpty()) {
                sel = values(cols, idx);
                for (int c = 0; c < sel.length; c++) {
                    sel[c] = Cols.fit(sel[c], m);
                }
            } else {
                sel = updateBy(cols, by);
            }
            K[] full = new K[sel.length];
            int n = src.count();
            for (int c = 0; c < sel.length; c++) {
                if (idx == null) {
                    full[c] = sel[c];
                } else {
                    K old = columns.get(names[c]);
                    full[c] = Cols.scatter(old != null ? old : Cols.nulls(sel[c], n), idx, sel[c]);
                }
            }
            return src.with(names, full);
        }

        // Each column's values at the selected rows, computed group by group and put back in row order.
        K[] updateBy(List<Node.Column> cols, List<Node.Column> by) {
            K[] keys = values(by, idx);
            for (int c = 0; c < keys.length; c++) {
                keys[c] = Cols.fit(keys[c], m);
            }
            Groups g = Groups.ofRows(keys, m);
            int[][] parts = Cols.rows(g);
            int n = parts.length;
            int[][] groups = new int[n][];
            int[] sizes = new int[n];
            int[] start = new int[n];
            for (int k = 0, at = 0; k < n; k++) {
                groups[k] = Cols.compose(idx, parts[k]);
                sizes[k] = parts[k].length;
                start[k] = at;
                at += sizes[k];
            }
            // position of each selected row in the groups' joined results
            int[] pos = new int[m];
            for (int k = 0; k < n; k++) {
                int[] p = parts[k];
                for (int j = 0; j < p.length; j++) {
                    pos[p[j]] = start[k] + j;
                }
            }
            K[] out = new K[cols.size()];
            for (int c = 0; c < out.length; c++) {
                K joined = m == 0 ? Cols.fit(values(List.of(cols.get(c)), idx)[0], 0)
                        : perGroup(cols.get(c).value(), groups, sizes);
                out[c] = Gather.at(joined, pos);
            }
            return out;
        }

        K delete(List<Node.Column> cols, boolean hasWhere) {
            if (!cols.isEmpty()) {
                if (hasWhere) {
                    throw QException.nyi();
                }
                List<String> drop = new ArrayList<>();
                for (Node.Column c : cols) {
                    if (!(c.value() instanceof Node.Var v)) {
                        throw QException.type();
                    }
                    drop.add(v.name());
                }
                return src.without(drop);
            }
            int n = src.count();
            boolean[] gone = new boolean[n];
            for (int r : all()) {
                gone[r] = true;
            }
            int[] keep = new int[n - m];
            for (int r = 0, j = 0; r < n; r++) {
                if (!gone[r]) {
                    keep[j++] = r;
                }
            }
            return src.take(keep);
        }
    }

    // Every column is count of a column or of i: the answer needs only how many rows the where phrase selects.
    private static boolean countsOnly(List<Node.Column> columns, Map<String, K> table) {
        if (columns.isEmpty() || table.containsKey("count")) {
            return false;
        }
        for (Node.Column c : columns) {
            if (!(c.value() instanceof Node.Monadic mo && mo.fn() instanceof Node.Var f && f.name().equals("count")
                    && mo.arg() instanceof Node.Var x && (table.containsKey(x.name()) || x.name().equals("i")))) {
                return false;
            }
        }
        return true;
    }

    // delete a,b from d: the dictionary without those keys
    private static K withoutKeys(Dict d, List<Node.Column> columns) {
        Set<String> drop = new HashSet<>();
        for (Node.Column c : columns) {
            if (!(c.value() instanceof Node.Var v)) {
                throw QException.type();
            }
            drop.add(v.name());
        }
        if (!(d.keys() instanceof SymbolVector keys)) {
            throw QException.type();
        }
        String[] k = keys.items();
        int[] keep = new int[k.length];
        int n = 0;
        for (int j = 0; j < k.length; j++) {
            if (!drop.contains(k[j])) {
                keep[n++] = j;
            }
        }
        keep = Arrays.copyOf(keep, n);
        return new Dict(Gather.at(d.keys(), keep), Gather.at(d.values(), keep));
    }

    static List<Node> nodes(List<Node.Column> cols) {
        List<Node> out = new ArrayList<>(cols.size());
        for (Node.Column c : cols) {
            out.add(c.value());
        }
        return out;
    }

    /** A table of the columns: atoms repeat to the lists' length (one row when all are atoms). */
    static Table table(String[] names, K[] vals) {
        int n = -1;
        for (K v : vals) {
            if (Cols.isList(v)) {
                if (n >= 0 && v.count() != n) {
                    throw QException.length();
                }
                n = v.count();
            }
        }
        K[] data = new K[vals.length];
        for (int c = 0; c < vals.length; c++) {
            data[c] = Cols.fit(vals[c], n < 0 ? 1 : n);
        }
        return Cols.table(names, data);
    }

    /** The positions select[n] or select[m n] keeps of count items. */
    static int[] range(K limit, int count) {
        long from;
        long len;
        if (limit instanceof LongAtom || limit instanceof IntAtom) {
            long n = limit instanceof LongAtom l ? l.value() : ((IntAtom) limit).value();
            len = Math.min(Math.abs(n), count);
            from = n >= 0 ? 0 : count - len;
        } else if (limit instanceof LongVector v && v.count() == 2) {
            from = Math.min(v.items()[0], count);
            len = Math.min(v.items()[1], count - from);
        } else if (limit instanceof IntVector v && v.count() == 2) {
            from = Math.min(v.items()[0], count);
            len = Math.min(v.items()[1], count - from);
        } else {
            throw QException.type();
        }
        int[] r = new int[(int) Math.max(len, 0)];
        for (int k = 0; k < r.length; k++) {
            r[k] = (int) from + k;
        }
        return r;
    }

    static K limit(K result, K limit) {
        Dict d = (Dict) result;
        int[] keep = range(limit, d.count());
        return new Dict(Gather.at(d.keys(), keep), Gather.at(d.values(), keep));
    }
}
