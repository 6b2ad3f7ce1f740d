package io.mserve.engine.io;

import io.mserve.engine.QException;
import io.mserve.engine.value.Gather;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QType;
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

/**
 * A loaded partitioned database as {@code .Q} describes it: the state {@code \l} sets
 * ({@code .Q.pf .Q.pv .Q.PV .Q.pd .Q.PD .Q.pt .Q.pn .Q.u}, and the partition field itself, e.g.
 * {@code date}), and {@code .Q.qp .Q.ind .Q.cn .Q.v .Q.V .Q.chk}. A partitioned table is held in
 * memory as one table whose first column is the partition field (see {@link Database}), so a
 * partitioned table is known by being the value of a name in {@code .Q.pt}.
 */
public final class Partitions {
    private Partitions() {}

    /** What loading partitions {@code values} (sorted, of type date, month or int) of tables {@code tables} from {@code root} defines. */
    static void loaded(Globals globals, String field, int type, int[] values, Path root, List<String> tables) {
        K pv = new IntVector(type, values);
        String[] dirs = new String[values.length];
        Arrays.fill(dirs, Symbols.intern(":" + root));
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
        globals.set(".Q.u", Q.TRUE);
        globals.set(field, pv);
    }

    /** {@code .Q.qp x}: {@code 1b} for a partitioned table; any other value, splayed tables too (held in memory), {@code 0}. */
    public static K qp(Globals globals, K x) {
        return name(globals, x) != null ? Q.TRUE : Q.j(0);
    }

    /** {@code .Q.ind[t;i]}: rows {@code i} (longs) of partitioned table {@code t}. */
    public static K ind(Globals globals, K t, K i) {
        if (name(globals, t) == null || i.type() != QType.LONG) {
            throw QException.type();
        }
        return Gather.atOrNull(t, ((LongVector) i).items());
    }

    /** {@code .Q.cn t}: the rows of partitioned table {@code t} in each partition of {@code .Q.pv}, kept in {@code .Q.pn}. */
    public static K cn(Globals globals, K t) {
        String name = name(globals, t);
        if (name == null) {
            throw QException.type();
        }
        int[] pv = ((IntVector) globals.get(".Q.pv")).items();
        int[] field = ((IntVector) ((Table) t).data()[0]).items();
        long[] counts = new long[pv.length];
        for (int row : field) {
            int p = Arrays.binarySearch(pv, row);
            if (p >= 0) {
                counts[p]++;
            }
        }
        K result = new LongVector(QType.LONG, counts);
        Dict pn = (Dict) globals.get(".Q.pn");
        K[] values = Lists.items(pn.values()).clone();
        values[Arrays.asList(((SymbolVector) pn.keys()).items()).indexOf(name)] = result;
        globals.set(".Q.pn", new Dict(pn.keys(), new KList(values)));
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
        if (!(t instanceof Table table)) {
            throw QException.type();
        }
        K[] data = table.data().clone();
        if (name(globals, t) != null && table.count() > 0) {
            int[] field = ((IntVector) data[0]).items();
            int last = field[field.length - 1];
            int from = field.length;
            while (from > 0 && field[from - 1] == last) {
                from--;
            }
            for (int c = 1; c < data.length; c++) {
                data[c] = Gather.slice(data[c], from, field.length - from);
            }
            data[0] = globals.get(".Q.pv");
        }
        return new Dict(table.columns(), new KList(data));
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

    // The name in .Q.pt whose value t is, or null.
    private static String name(Globals globals, K t) {
        if (!(t instanceof Table) || !(globals.get(".Q.pt") instanceof SymbolVector pt)) {
            return null;
        }
        for (String n : pt.items()) {
            if (globals.get(n) == t) {
                return n;
            }
        }
        return null;
    }
}
