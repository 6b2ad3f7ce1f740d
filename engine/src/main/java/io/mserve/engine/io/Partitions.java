package io.mserve.engine.io;

import io.mserve.engine.QException;
import io.mserve.engine.qsql.PartitionedQuery;
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
import io.mserve.ipc.value.Primitive;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.ShortAtom;
import io.mserve.ipc.value.ShortVector;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Symbols;
import io.mserve.ipc.value.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A loaded partitioned database as {@code .Q} describes it: the state {@code \l} sets
 * ({@code .Q.pf .Q.pv .Q.PV .Q.pd .Q.PD .Q.pt .Q.pn .Q.u}, and the partition field itself, e.g.
 * {@code date}; {@code .Q.P .Q.D} for a segmented one), and {@code .Q.qp .Q.ind .Q.cn .Q.v .Q.V
 * .Q.chk .Q.par} over {@link Partitioned} tables.
 */
public final class Partitions {
    private Partitions() {}

    /**
     * What loading partitions {@code values} (sorted, of type date, month or int; each in segment
     * {@code at}) of tables {@code tables} defines; {@code segments} is par.txt's list, null when none.
     */
    static void loaded(Globals globals, String field, int type, int[] values, Path[] at, List<Path> segments, List<String> tables) {
        K pv = new IntVector(type, values);
        String[] dirs = new String[values.length];
        for (int p = 0; p < dirs.length; p++) {
            dirs[p] = Symbols.intern(":" + at[p]);
        }
        K pd = new SymbolVector(dirs);
        String[] names = tables.toArray(new String[0]);
        K[] counts = new K[names.length];
        Arrays.fill(counts, new KList());
        globals.set(".Q.pf", Q.s(field));
        globals.set(".Q.pv", pv);
        globals.set(".Q.PV", pv);
        globals.set(".Q.pd", pd);
        globals.set(".Q.PD", pd);
        globals.set(".Q.pt", new SymbolVector(names));
        globals.set(".Q.pn", new Dict(new SymbolVector(names), new KList(counts)));
        boolean unique = true;
        if (segments != null) {
            String[] p = new String[segments.size()];
            K[] d = new K[p.length];
            for (int s = 0; s < p.length; s++) {
                p[s] = Symbols.intern(":" + segments.get(s));
                List<Integer> in = new ArrayList<>();
                for (int i = 0; i < values.length; i++) {
                    if (at[i].equals(segments.get(s))) {
                        in.add(values[i]);
                    }
                }
                d[s] = new IntVector(type, in.stream().mapToInt(Integer::intValue).toArray());
            }
            globals.set(".Q.P", new SymbolVector(p));
            globals.set(".Q.D", new KList(d));
            for (int i = 1; i < values.length; i++) {
                unique &= values[i] != values[i - 1];
            }
        }
        globals.set(".Q.u", Q.b(unique));
        globals.set(field, pv);
    }

    /**
     * {@code .Q.view x} (ref/dotq.md): queries of every partitioned table see only the partitions
     * whose values are in {@code x} ({@code .Q.view[]}: all again); {@code .Q.pv .Q.pd}, the
     * partition field and {@code .Q.u} follow, {@code .Q.pn} is cleared, {@code .Q.PV .Q.PD} stay.
     * Values matching no partition signal {@code 'invalid partition filter}, as kdb+ 4.0 and 4.1 do.
     */
    public static K view(Globals globals, K x) {
        if (!(globals.get(".Q.PV") instanceof IntVector all) || !(globals.get(".Q.PD") instanceof SymbolVector dirs)
                || !(globals.get(".Q.pt") instanceof SymbolVector tables) || !(globals.get(".Q.pf") instanceof SymbolAtom field)) {
            throw new QException("PV");
        }
        int[] pv = all.items();
        int[] chosen;
        if (x == Primitive.IDENTITY) {
            chosen = new int[pv.length];
            Arrays.setAll(chosen, i -> i);
        } else {
            long[] wanted = viewValues(x, all.type());
            chosen = IntStream.range(0, pv.length).filter(i -> contains(wanted, pv[i])).toArray();
            if (chosen.length == 0) {
                throw new QException("invalid partition filter");
            }
        }
        int[] values = new int[chosen.length];
        String[] at = new String[chosen.length];
        boolean unique = true;
        for (int k = 0; k < chosen.length; k++) {
            values[k] = pv[chosen[k]];
            at[k] = dirs.items()[chosen[k]];
            unique &= k == 0 || values[k] != values[k - 1];
        }
        K[] counts = new K[tables.count()];
        for (int t = 0; t < counts.length; t++) {
            counts[t] = new KList();
            if (globals.get(tables.items()[t]) instanceof Partitioned table) {
                globals.set(tables.items()[t], table.view(chosen));
            }
        }
        K view = new IntVector(all.type(), values);
        globals.set(".Q.pv", view);
        globals.set(".Q.pd", new SymbolVector(at));
        globals.set(".Q.pn", new Dict(tables, new KList(counts)));
        globals.set(".Q.u", Q.b(unique));
        globals.set(field.value(), view);
        return Primitive.IDENTITY;
    }

    // The partition values x names: an atom or a list of the field's type (or, for int and year, any whole-number type).
    private static long[] viewValues(K x, int type) {
        int t = Math.abs(x.type());
        boolean whole = type == QType.INT && (t == QType.SHORT || t == QType.INT || t == QType.LONG);
        if (t != type && !whole) {
            throw QException.type();
        }
        if (x instanceof IntAtom a) {
            return new long[] {a.value()};
        }
        if (x instanceof LongAtom a) {
            return new long[] {a.value()};
        }
        if (x instanceof ShortAtom a) {
            return new long[] {a.value()};
        }
        if (x instanceof IntVector v) {
            return Arrays.stream(v.items()).asLongStream().toArray();
        }
        if (x instanceof LongVector v) {
            return v.items();
        }
        if (x instanceof ShortVector v) {
            long[] out = new long[v.items().length];
            Arrays.setAll(out, i -> v.items()[i]);
            return out;
        }
        throw QException.type();
    }

    private static boolean contains(long[] values, int v) {
        for (long w : values) {
            if (w == v) {
                return true;
            }
        }
        return false;
    }

    /** {@code .Q.qp x}: {@code 1b} for a partitioned table; any other value, splayed tables too (held in memory), {@code 0}. */
    public static K qp(K x) {
        return x instanceof Partitioned ? Q.TRUE : Q.j(0);
    }

    /** {@code .Q.ind[t;i]}: rows {@code i} (longs, counted over all partitions in order) of partitioned table {@code t}; nulls past the end. */
    public static K ind(K t, K i) {
        if (!(t instanceof Partitioned p) || i.type() != QType.LONG) {
            throw QException.type();
        }
        long[] rows = ((LongVector) i).items();
        long[] start = new long[p.partitions() + 1];
        for (int k = 0; k < p.partitions(); k++) {
            start[k + 1] = start[k] + p.rows(k);
        }
        // the partitions the rows are in, gathered in order, and each row's place among them
        boolean[] touched = new boolean[p.partitions()];
        for (long r : rows) {
            int k = partitionOf(start, r);
            if (k >= 0) {
                touched[k] = true;
            }
        }
        List<String> names = Arrays.asList(p.allColumns().items());
        List<Table> parts = new ArrayList<>();
        long[] offset = new long[p.partitions()];
        long gathered = 0;
        for (int k = 0; k < touched.length; k++) {
            if (touched[k]) {
                parts.add(p.partition(k, names));
                offset[k] = gathered - start[k];
                gathered += p.rows(k);
            }
        }
        long[] at = new long[rows.length];
        for (int r = 0; r < rows.length; r++) {
            int k = partitionOf(start, rows[r]);
            at[r] = k < 0 ? -1 : rows[r] + offset[k];
        }
        Table all = parts.isEmpty() ? p.partition(p.partitions() - 1, names) : PartitionedQuery.concat(parts);
        return Gather.atOrNull(parts.isEmpty() ? Gather.slice(all, 0, 0) : all, at);
    }

    private static int partitionOf(long[] start, long row) {
        if (row < 0 || row >= start[start.length - 1]) {
            return -1;
        }
        int k = Arrays.binarySearch(start, row);
        if (k < 0) {
            return -k - 2;
        }
        while (k + 1 < start.length && start[k + 1] == row) {
            k++;
        }
        return k;
    }

    /** {@code .Q.cn t}: the rows of partitioned table {@code t} in each partition of {@code .Q.pv}, kept in {@code .Q.pn}. */
    public static K cn(Globals globals, K t) {
        if (!(t instanceof Partitioned p)) {
            throw QException.type();
        }
        long[] counts = new long[p.partitions()];
        for (int k = 0; k < counts.length; k++) {
            counts[k] = p.rows(k);
        }
        K result = new LongVector(QType.LONG, counts);
        if (globals.get(".Q.pn") instanceof Dict pn && pn.keys() instanceof SymbolVector keys) {
            int at = Arrays.asList(keys.items()).indexOf(p.name());
            if (at >= 0) {
                K[] values = Lists.items(pn.values()).clone();
                values[at] = result;
                globals.set(".Q.pn", new Dict(pn.keys(), new KList(values)));
            }
        }
        return result;
    }

    /** {@code .Q.v x}: a file path's table (or data), another symbol's global, anything else itself. */
    public static K v(FileIO files, Globals globals, K x) {
        if (!(x instanceof SymbolAtom s)) {
            return x;
        }
        if (s.value().startsWith(":")) {
            return files.read(x);
        }
        K value = globals.get(s.value());
        if (value == null) {
            throw QException.undefined(s.value());
        }
        return value;
    }

    /** {@code .Q.V x}: a table's columns as a dictionary; of a partitioned table, the last partition's, with all partition values. */
    public static K columns(FileIO files, Globals globals, K x) {
        K t = v(files, globals, x);
        if (t instanceof Partitioned p) {
            Table last = p.partition(p.partitions() - 1, Arrays.asList(p.columns()));
            K[] data = new K[last.data().length + 1];
            data[0] = p.values();
            System.arraycopy(last.data(), 0, data, 1, last.data().length);
            return new Dict(p.allColumns(), new KList(data));
        }
        if (!(t instanceof Table table)) {
            throw QException.type();
        }
        return new Dict(table.columns(), new KList(table.data().clone()));
    }

    /**
     * {@code .Q.chk `:db}: writes each table missing from a partition, empty, after the most
     * recent partition that has it; returns, newest partition first, each partition it filled
     * (enlisted) or {@code ()}.
     */
    public static K chk(K db) {
        Path root = Handles.path(db);
        List<Path> partitions = new ArrayList<>();
        for (Path p : Database.entries(root)) {
            if (Files.isDirectory(p) && Database.partitionType(p.getFileName().toString()) != 0) {
                partitions.add(p);
            }
        }
        partitions.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        Set<String> tables = new LinkedHashSet<>();
        for (Path p : partitions) {
            for (Path t : Database.entries(p)) {
                if (Splayed.is(t)) {
                    tables.add(t.getFileName().toString());
                }
            }
        }
        String prefix = Handles.name(db);
        K[] out = new K[partitions.size()];
        for (int i = 0; i < out.length; i++) {
            boolean filled = false;
            for (String table : tables) {
                if (!Splayed.is(partitions.get(i).resolve(table))) {
                    Splayed.writeEmptyLike(partitions.get(i).resolve(table), template(partitions, table));
                    filled = true;
                }
            }
            String path = ":" + prefix + (prefix.endsWith("/") ? "" : "/") + partitions.get(i).getFileName();
            out[i] = filled ? new SymbolVector(new String[] {Symbols.intern(path)}) : new KList();
        }
        return new KList(out);
    }

    // The most recent partition's copy of the table (partitions are newest first).
    private static Path template(List<Path> partitions, String table) {
        for (Path p : partitions) {
            if (Splayed.is(p.resolve(table))) {
                return p.resolve(table);
            }
        }
        throw QException.type();
    }
}
