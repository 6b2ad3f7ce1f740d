package io.mserve.engine.qsql;

import io.mserve.engine.ops.list.Join;
import io.mserve.engine.parse.Node;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Gather;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Partitioned;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code select} and {@code exec} over a partitioned table (kb/partition.md, ref/select.md). The
 * where phrase's leading constraints that name the partition field and no stored column
 * ({@code date=d}, {@code date within (a;b)}, {@code date in ds}, {@code date>d} ...) are
 * evaluated once per partition value and choose the partitions; only the columns the query
 * names are then read, from the chosen partitions only, in partition order, and the query runs
 * over those rows with {@code i} standing for the row number within each partition.
 */
public final class PartitionedQuery {
    private static final Set<String> REDUCIBLE = Set.of("count", "sum", "min", "max");
    private static final Set<String> COMPARISONS = Set.of("<", ">", "<=", ">=", "=", "<>");
    // the names of partial aggregate columns: PARTIAL0, PARTIAL1 ..
    private static final String PARTIAL = "partial";
    private final QSql qsql;
    private final Partitioned table;
    private final Object frame;

    PartitionedQuery(QSql qsql, Partitioned table, Object frame) {
        this.qsql = qsql;
        this.table = table;
        this.frame = frame;
    }

    K run(String kind, List<Node.Column> columns, List<Node.Column> by, List<Node> where, K limit, Node.Monadic order) {
        List<String> all = Arrays.asList(table.allColumns().items());
        int[] partitions = Gather.iota(table.partitions());
        int k = 0;
        for (; k < where.size() && onField(where.get(k), all); k++) {
            K chosen = qsql.evaluator.evalWith(where.get(k), frame, Map.of(table.field(), values(partitions)));
            partitions = Cols.compose(partitions, Cols.positions(chosen, partitions.length));
        }
        List<Node> rest = where.subList(k, where.size());
        Set<String> refs = new LinkedHashSet<>();
        List<Node> nodes = new ArrayList<>(rest);
        columns.forEach(c -> nodes.add(c.value()));
        by.forEach(c -> nodes.add(c.value()));
        if (order != null) {
            nodes.add(order.arg());
        }
        nodes.forEach(n -> Names.collect(n, refs));
        List<String> needed = new ArrayList<>();
        for (String c : all) {
            if (columns.isEmpty() || refs.contains(c) || refs.stream().anyMatch(r -> r.startsWith(c + "."))) {
                needed.add(c);
            }
        }
        if (needed.isEmpty()) {
            needed.add(table.field()); // the rows must still be counted
        }
        if (kind.equals("select") && by.isEmpty() && rest.isEmpty() && limit == null && order == null && partitions.length > 0
                && reducible(columns, all)) {
            return reduced(columns, partitions);
        }
        if (kind.equals("select") && by.isEmpty() && rest.size() == 1 && limit == null && order == null && partitions.length > 0
                && counts(columns, all) && comparison(rest.get(0), all)) {
            long n = countWhere((Node.Dyadic) rest.get(0), partitions);
            if (n >= 0) {
                K[] values = new K[columns.size()];
                Arrays.fill(values, new LongVector(QType.LONG, new long[] {n}));
                return QSql.table(Names.of(columns, List.of()), values);
            }
        }
        if (kind.equals("select") && by.size() == 1 && by.get(0).value() instanceof Node.Var v && v.name().equals(table.field())
                && rest.isEmpty() && limit == null && order == null && partitions.length > 0 && counts(columns, all)) {
            return countsByPartition(columns, by, partitions);
        }
        // one partition needs no reduction: the query runs over its columns as they are
        boolean aggregates = kind.equals("select") && !by.isEmpty() && limit == null && order == null && mapReducible(columns, by, all);
        boolean runs = aggregates && rest.isEmpty() && sliceable(columns, by);
        if (aggregates && partitions.length > 1) {
            return mapReduced(columns, by, rest, partitions, needed, runs);
        }
        if (runs && partitions.length == 1) {
            K r = byRuns(columns, by, table.partition(partitions[0], needed));
            if (r != null) {
                return r;
            }
        }
        long first = limit == null ? Long.MAX_VALUE : limit instanceof LongAtom l ? l.value() : limit instanceof IntAtom n ? n.value() : -1;
        if (kind.equals("select") && by.isEmpty() && order == null && first > 0 && partitions.length > 0 && rowWise(columns, all)) {
            return rowWise(columns, rest, partitions, needed, first);
        }
        boolean virtualI = refs.contains("i") && !all.contains("i");
        if (!rest.isEmpty() && !columns.isEmpty() && partitions.length > 0) {
            // the where phrase per partition, as kdb+ evaluates it; i kept as a column of the rows it selects
            List<Node.Column> kept = new ArrayList<>();
            needed.forEach(c -> kept.add(new Node.Column(c, new Node.Var(c))));
            if (virtualI) {
                kept.add(new Node.Column("i", new Node.Var("i")));
            }
            List<Table> pieces = new ArrayList<>();
            for (int p : partitions) {
                pieces.add((Table) qsql.query("select", kept, List.of(), new Source(null, table.partition(p, needed)), rest,
                        null, null, frame, null));
            }
            return qsql.query(kind, columns, by, new Source(null, concat(pieces)), List.of(), limit, order, frame, null);
        }
        List<Table> pieces = new ArrayList<>();
        for (int p : partitions) {
            pieces.add(table.partition(p, needed));
        }
        Table rows = pieces.isEmpty() ? table.prototype(needed) : concat(pieces);
        return qsql.query(kind, columns, by, new Source(null, rows), rest, limit, order, frame, virtualI ? rowNumbers(pieces) : null);
    }

    // Every column is count, sum, min or max of a stored column (or count i): computed per partition and combined.
    private boolean reducible(List<Node.Column> columns, List<String> all) {
        if (columns.isEmpty()) {
            return false;
        }
        for (Node.Column c : columns) {
            if (!(c.value() instanceof Node.Monadic m && m.fn() instanceof Node.Var f && REDUCIBLE.contains(f.name())
                    && m.arg() instanceof Node.Var x && !all.contains(f.name())
                    && (all.contains(x.name()) && !x.name().equals(table.field()) || f.name().equals("count") && x.name().equals("i")))) {
                return false;
            }
        }
        return true;
    }

    private K reduced(List<Node.Column> columns, int[] partitions) {
        K[] out = new K[columns.size()];
        for (int c = 0; c < out.length; c++) {
            Node.Monadic m = (Node.Monadic) columns.get(c).value();
            String fn = ((Node.Var) m.fn()).name();
            String col = ((Node.Var) m.arg()).name();
            K[] partials = new K[partitions.length];
            for (int k = 0; k < partitions.length; k++) {
                int p = partitions[k];
                K v = fn.equals("count") ? Q.j(table.rows(p)) : table.aggregate(p, fn, col);
                partials[k] = v != null ? v : qsql.evaluator.evalWith(m, frame, Map.of(col, table.partition(p, List.of(col)).data()[0]));
            }
            // the partials combine by sum (counts and sums), min or max
            Node combine = new Node.Monadic(new Node.Var(fn.equals("count") ? "sum" : fn), new Node.Var("x"));
            out[c] = Join.enlist(qsql.evaluator.evalWith(combine, frame, Map.of("x", Lists.collapse(partials))));
        }
        return QSql.table(Names.of(columns, List.of()), out);
    }

    // Every column is a column (or i) as it is: the rows of each partition stand alone.
    private static boolean rowWise(List<Node.Column> columns, List<String> all) {
        for (Node.Column c : columns) {
            if (!(c.value() instanceof Node.Var v && (all.contains(v.name()) || v.name().equals("i")))) {
                return false;
            }
        }
        return true;
    }

    // The query per partition, in order, until the first n rows: one partition's columns at a time.
    private K rowWise(List<Node.Column> columns, List<Node> where, int[] partitions, List<String> needed, long n) {
        List<Table> rows = new ArrayList<>();
        long taken = 0;
        for (int k = 0; k < partitions.length && taken < n; k++) {
            Table r = (Table) qsql.query("select", columns, List.of(), new Source(null, table.partition(partitions[k], needed)),
                    where, null, null, frame, null);
            if (r.count() > n - taken) {
                r = (Table) Gather.slice(r, 0, (int) (n - taken));
            }
            taken += r.count();
            rows.add(r);
        }
        return concat(rows);
    }

    // c op v, c a stored column, op a comparison, v a long atom
    private boolean comparison(Node n, List<String> all) {
        return n instanceof Node.Dyadic d && d.fn() instanceof Node.Op op && COMPARISONS.contains(op.glyph())
                && d.left() instanceof Node.Var c && all.contains(c.name()) && !c.name().equals(table.field())
                && d.right() instanceof Node.Const v && v.value() instanceof LongAtom;
    }

    // The rows of the partitions where the comparison holds, counted in the column files; -1 when one cannot be.
    private long countWhere(Node.Dyadic d, int[] partitions) {
        String column = ((Node.Var) d.left()).name();
        String op = ((Node.Op) d.fn()).glyph();
        long value = ((LongAtom) ((Node.Const) d.right()).value()).value();
        long n = 0;
        for (int p : partitions) {
            long c = table.count(p, column, op, value);
            if (c < 0) {
                return -1;
            }
            n += c;
        }
        return n;
    }

    // Every column counts rows (count i, count c): by the partition field, the partitions' row counts answer.
    private boolean counts(List<Node.Column> columns, List<String> all) {
        for (Node.Column c : columns) {
            if (!(c.value() instanceof Node.Monadic m && m.fn() instanceof Node.Var f && f.name().equals("count") && !all.contains("count")
                    && m.arg() instanceof Node.Var x && (x.name().equals("i") || all.contains(x.name())))) {
                return false;
            }
        }
        return !columns.isEmpty();
    }

    // select count i by date from t where date ...: each partition value's rows, from the column files' headers
    private K countsByPartition(List<Node.Column> columns, List<Node.Column> by, int[] partitions) {
        int[] keys = new int[partitions.length];
        long[] rows = new long[partitions.length];
        int n = 0;
        for (int p : partitions) {
            if (n > 0 && keys[n - 1] == table.value(p)) {
                rows[n - 1] += table.rows(p); // one value in several segments
            } else {
                keys[n] = table.value(p);
                rows[n++] = table.rows(p);
            }
        }
        K[] values = new K[columns.size()];
        Arrays.fill(values, new LongVector(QType.LONG, Arrays.copyOf(rows, n)));
        K key = new IntVector(table.fieldType(), Arrays.copyOf(keys, n));
        return new Dict(QSql.table(Names.of(by, List.of()), new K[] {key}), QSql.table(Names.of(columns, List.of()), values));
    }

    // Every column is an aggregate MapReduce knows, not shadowed by a column, over some column or i.
    private boolean mapReducible(List<Node.Column> columns, List<Node.Column> by, List<String> all) {
        if (columns.isEmpty()) {
            return false;
        }
        Set<String> taken = new LinkedHashSet<>(all);
        taken.addAll(Arrays.asList(Names.of(by, List.of())));
        int partials = 0;
        for (Node.Column c : columns) {
            String fn = MapReduce.aggregate(c.value());
            if (fn == null || all.contains(fn)) {
                return false;
            }
            for (Node arg : MapReduce.arguments(c.value())) {
                Set<String> refs = new LinkedHashSet<>();
                Names.collect(arg, refs);
                if (refs.stream().noneMatch(r -> r.equals("i") || all.contains(r) || r.indexOf('.') > 0
                        && all.contains(r.substring(0, r.indexOf('.'))))) {
                    return false;
                }
            }
            partials += 3;
        }
        for (int k = 0; k < partials; k++) {
            if (taken.contains(PARTIAL + k)) {
                return false;
            }
        }
        return true;
    }

    // Each partition's partial aggregates by the groups, then the partials combined by the same groups.
    private K mapReduced(List<Node.Column> columns, List<Node.Column> by, List<Node> where, int[] partitions, List<String> needed,
            boolean runs) {
        String[] names = Names.of(columns, List.of());
        List<Node.Column> partial = new ArrayList<>();
        List<Node.Column> combine = new ArrayList<>();
        for (int c = 0; c < names.length; c++) {
            Node value = columns.get(c).value();
            String fn = MapReduce.aggregate(value);
            List<String> parts = new ArrayList<>();
            for (Node p : MapReduce.partials(fn, MapReduce.arguments(value))) {
                String name = PARTIAL + partial.size();
                parts.add(name);
                partial.add(new Node.Column(name, p));
            }
            combine.add(new Node.Column(names[c], MapReduce.combine(fn, parts)));
        }
        List<Table> rows = new ArrayList<>();
        String[] keys = null;
        for (int p : partitions) {
            Table part = table.partition(p, needed);
            K byRuns = runs ? byRuns(partial, by, part) : null;
            Dict r = (Dict) (byRuns != null ? byRuns : qsql.query("select", partial, by, new Source(null, part), where, null, null, frame, null));
            Table k = (Table) r.keys();
            Table v = (Table) r.values();
            keys = k.columns().items();
            String[] both = new String[keys.length + v.data().length];
            K[] data = new K[both.length];
            System.arraycopy(keys, 0, both, 0, keys.length);
            System.arraycopy(v.columns().items(), 0, both, keys.length, v.data().length);
            System.arraycopy(k.data(), 0, data, 0, keys.length);
            System.arraycopy(v.data(), 0, data, keys.length, v.data().length);
            rows.add(new Table(new SymbolVector(both), data));
        }
        List<Node.Column> groups = new ArrayList<>();
        for (String key : keys) {
            groups.add(new Node.Column(key, new Node.Var(key)));
        }
        return qsql.query("select", combine, groups, new Source(null, concat(rows)), List.of(), null, null, frame, null);
    }

    // select aggregates by one column whose equal keys lie in runs (Runs): each run's aggregates over its
    // slice of the rows, runs in ascending key order; null when the keys or a run's answer do not suit.
    private K byRuns(List<Node.Column> columns, List<Node.Column> by, Table rows) {
        if (by.size() != 1 || !(by.get(0).value() instanceof Node.Var v)) {
            return null;
        }
        Names.checkGroups(columns, by);
        int key = Arrays.asList(rows.columns().items()).indexOf(v.name());
        for (K c : rows.data()) {
            if (!simple(c)) {
                return null;
            }
        }
        int[] starts = key < 0 ? null : Runs.starts(rows.data()[key]);
        if (starts == null) {
            return null;
        }
        int[] order = Runs.order(rows.data()[key], starts);
        int[] firsts = new int[order.length];
        List<Table> pieces = new ArrayList<>();
        for (int k = 0; k < order.length; k++) {
            int from = starts[order[k]];
            firsts[k] = from;
            Table slice = (Table) Gather.slice(rows, from, starts[order[k] + 1] - from);
            if (!(qsql.query("select", columns, List.of(), new Source(null, slice), List.of(), null, null, frame, null) instanceof Table t)
                    || t.count() != 1 || !Arrays.stream(t.data()).allMatch(PartitionedQuery::simple)) {
                return null;
            }
            pieces.add(t);
        }
        K keys = Gather.at(rows.data()[key], firsts);
        return new Dict(QSql.table(Names.of(by, List.of()), new K[] {keys}), concat(pieces));
    }

    // No column nor key depends on i's values (count i is a slice's row count).
    private static boolean sliceable(List<Node.Column> columns, List<Node.Column> by) {
        for (Node.Column c : by) {
            if (names(c.value()).contains("i")) {
                return false;
            }
        }
        for (Node.Column c : columns) {
            boolean countI = c.value() instanceof Node.Monadic m && m.fn() instanceof Node.Var f && f.name().equals("count")
                    && m.arg() instanceof Node.Var x && x.name().equals("i");
            if (!countI && names(c.value()).contains("i")) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> names(Node n) {
        Set<String> refs = new LinkedHashSet<>();
        Names.collect(n, refs);
        return refs;
    }

    // A vector of atoms: one type's, or an enumeration.
    private static boolean simple(K c) {
        return c instanceof Enumeration || c.type() > 0 && c.type() <= QType.TIME && !(c instanceof KList);
    }

    // A constraint on the partition field alone: it names the field and no other column (nor i).
    private boolean onField(Node n, List<String> all) {
        Set<String> refs = new LinkedHashSet<>();
        Names.collect(n, refs);
        if (!refs.contains(table.field()) || refs.contains("i")) {
            return false;
        }
        for (String r : refs) {
            if (!r.equals(table.field()) && (all.contains(r) || r.indexOf('.') > 0 && all.contains(r.substring(0, r.indexOf('.'))))) {
                return false;
            }
        }
        return true;
    }

    private K values(int[] partitions) {
        return Gather.at(table.values(), partitions);
    }

    // 0 1 2 .. in each partition, one after the other
    private static K rowNumbers(List<Table> pieces) {
        int n = 0;
        for (Table t : pieces) {
            n += t.count();
        }
        long[] out = new long[n];
        int at = 0;
        for (Table t : pieces) {
            for (int r = 0; r < t.count(); r++) {
                out[at++] = r;
            }
        }
        return new LongVector(QType.LONG, out);
    }

    /** The rows of {@code pieces} (tables with the same columns), in order. */
    public static Table concat(List<Table> pieces) {
        Table first = pieces.get(0);
        if (pieces.size() == 1) {
            return first;
        }
        K[] data = new K[first.data().length];
        for (int c = 0; c < data.length; c++) {
            K[] column = new K[pieces.size()];
            for (int p = 0; p < column.length; p++) {
                column[p] = pieces.get(p).data()[c];
            }
            data[c] = Join.raze(new KList(column));
        }
        return new Table(first.columns(), data);
    }
}
