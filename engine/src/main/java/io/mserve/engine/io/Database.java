package io.mserve.engine.io;

import io.mserve.engine.QException;
import io.mserve.engine.value.Domain;
import io.mserve.engine.value.Temporal;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code \l} of a directory: a splayed table, or a database of serialized objects (the
 * {@code sym} file among them), splayed tables and date/month/int partitions. A partitioned
 * table is read whole into memory as one table with its virtual partition column first.
 */
public final class Database {
    private Database() {}

    /** Whether {@code \l path} is ours: a directory or a data file rather than a script. */
    public static boolean handles(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        return Files.isDirectory(path) || Files.isRegularFile(path) && !name.endsWith(".q") && !name.endsWith(".k");
    }

    /**
     * Loads {@code path} into {@code session} and returns the scripts found in a database
     * directory, for the caller to run after the data (as kdb+ does). Every file is read before
     * any global changes, so an unreadable one leaves the session as it was.
     */
    public static List<Path> load(Path path, Globals session) {
        StagedGlobals globals = new StagedGlobals(session);
        List<Path> scripts = loadInto(path, globals);
        globals.commit();
        return scripts;
    }

    private static List<Path> loadInto(Path path, Globals globals) {
        Function<String, Domain> domains = globals::domain;
        if (!Files.isDirectory(path)) {
            globals.set(baseName(path), KdbFile.decode(path.toString(), Handles.read(path), domains));
            return List.of();
        }
        if (Splayed.is(path)) {
            globals.set(baseName(path), Splayed.read(path, domains));
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        List<Path> scripts = new ArrayList<>();
        for (Path p : entries(path)) {
            String name = p.getFileName().toString();
            if (Files.isDirectory(p)) {
                dirs.add(p);
            } else if (name.endsWith(".q") || name.endsWith(".k")) {
                scripts.add(p);
            } else if (!name.equals("par.txt") && !name.endsWith("#")) {
                files.add(p); // f# and f## belong to the nested list f
            }
        }
        for (Path f : files) {
            globals.set(f.getFileName().toString(), KdbFile.decode(f.toString(), Handles.read(f), domains));
        }
        List<Path> partitions = new ArrayList<>();
        for (Path d : dirs) {
            if (partitionType(d.getFileName().toString()) != 0) {
                partitions.add(d);
            } else if (Splayed.is(d)) {
                globals.set(d.getFileName().toString(), Splayed.read(d, domains));
            }
        }
        if (!partitions.isEmpty()) {
            loadPartitions(path, partitions, globals, domains);
        }
        return scripts;
    }

    private static void loadPartitions(Path root, List<Path> partitions, Globals globals, Function<String, Domain> domains) {
        int type = partitionType(partitions.get(0).getFileName().toString());
        int[] values = new int[partitions.size()];
        for (int i = 0; i < values.length; i++) {
            String name = partitions.get(i).getFileName().toString();
            if (partitionType(name) != type) {
                throw QException.type();
            }
            values[i] = type == QType.INT ? Integer.parseInt(name) : (int) Temporal.parse(type, name);
        }
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(values[a], values[b]));
        Path last = partitions.get(order[order.length - 1]);
        String column = type == QType.DATE ? "date" : type == QType.MONTH ? "month" : "int";
        List<String> tables = new ArrayList<>();
        for (Path table : entries(last)) {
            if (!Splayed.is(table)) {
                continue;
            }
            String name = table.getFileName().toString();
            tables.add(name);
            List<Table> parts = new ArrayList<>();
            List<Integer> keys = new ArrayList<>();
            for (int i : order) {
                Path dir = partitions.get(i).resolve(name);
                if (Splayed.is(dir)) {
                    parts.add(Splayed.read(dir, domains));
                    keys.add(values[i]);
                }
            }
            globals.set(name, partitioned(column, type, parts, keys));
        }
        int[] sorted = new int[values.length];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = values[order[i]];
        }
        Partitions.loaded(globals, column, type, sorted, root, tables);
    }

    // One in-memory table: the partition column, then each column's items over the partitions in order.
    private static Table partitioned(String column, int type, List<Table> parts, List<Integer> keys) {
        Table first = parts.get(0);
        String[] names = first.columns().items();
        String[] all = new String[names.length + 1];
        all[0] = column;
        System.arraycopy(names, 0, all, 1, names.length);
        K[] data = new K[all.length];
        int total = 0;
        for (Table t : parts) {
            if (!Arrays.equals(t.columns().items(), names)) {
                throw QException.type();
            }
            total += (int) t.count();
        }
        int[] key = new int[total];
        int at = 0;
        for (int p = 0; p < parts.size(); p++) {
            int n = (int) parts.get(p).count();
            Arrays.fill(key, at, at + n, keys.get(p));
            at += n;
        }
        data[0] = new IntVector(type, key);
        for (int c = 0; c < names.length; c++) {
            K[] pieces = new K[parts.size()];
            for (int p = 0; p < pieces.length; p++) {
                pieces[p] = parts.get(p).data()[c];
            }
            data[c + 1] = VectorBytes.join(pieces);
        }
        return new Table(new SymbolVector(all), data);
    }

    /** The partition type a directory name stands for: date, month or int; 0 when none. */
    static int partitionType(String name) {
        if (name.matches("\\d{4}\\.\\d{2}\\.\\d{2}")) {
            return QType.DATE;
        }
        if (name.matches("\\d{4}\\.\\d{2}")) {
            return QType.MONTH;
        }
        return name.matches("\\d{1,9}") ? QType.INT : 0;
    }

    // Directory entries in name order, without hidden files and those kdb+ skips (a $ suffix).
    static List<Path> entries(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return !n.startsWith(".") && !n.endsWith("$");
            }).sorted().toList();
        } catch (IOException e) {
            throw Handles.error(dir, e);
        }
    }

    static String baseName(Path p) {
        Path f = p.toAbsolutePath().normalize().getFileName();
        String n = f == null ? "" : f.toString();
        int dot = n.indexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    static K nameOf(Path p) {
        return new SymbolAtom(baseName(p));
    }
}
