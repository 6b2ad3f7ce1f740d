package io.mserve.engine.io;

import io.mserve.engine.QException;
import io.mserve.engine.value.Domain;
import io.mserve.engine.value.Partitioned;
import io.mserve.engine.value.Temporal;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code \l} of a directory: a splayed table, or a database of serialized objects (the
 * {@code sym} file among them), splayed tables and date/month/year/int partitions, in the directory
 * or in the directories its {@code par.txt} lists. Only {@code .d} files are read for a
 * partitioned table: it becomes a {@link Partitioned} whose columns are read when a query names them.
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
            globals.set(baseName(path), Splayed.lazy(path, domains));
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
        for (Path d : dirs) {
            if (partitionType(d.getFileName().toString()) == 0 && Splayed.is(d)) {
                globals.set(d.getFileName().toString(), Splayed.lazy(d, domains));
            }
        }
        List<Path> segments = segments(path);
        loadPartitions(path, segments == null ? List.of(path) : segments, globals);
        return scripts;
    }

    // The partitions of the database at root: those in its directories, or in those par.txt lists (segments).
    private static void loadPartitions(Path root, List<Path> segments, Globals globals) {
        List<Path> dirs = new ArrayList<>();
        List<Path> partitionSegments = new ArrayList<>();
        for (Path segment : segments) {
            for (Path d : entries(segment)) {
                if (Files.isDirectory(d) && partitionType(d.getFileName().toString()) != 0) {
                    dirs.add(d);
                    partitionSegments.add(segment);
                }
            }
        }
        if (dirs.isEmpty()) {
            if (segments.size() == 1 && segments.get(0).equals(root)) {
                return;
            }
            throw new QException("empty");
        }
        int type = partitionType(dirs.get(0).getFileName().toString());
        int[] values = new int[dirs.size()];
        for (int i = 0; i < values.length; i++) {
            String name = dirs.get(i).getFileName().toString();
            if (partitionType(name) != type) {
                throw QException.type();
            }
            values[i] = type == QType.INT ? Integer.parseInt(name) : (int) Temporal.parse(type, name);
        }
        // by value; a value in several segments keeps par.txt's order (the sort is stable)
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(values[a], values[b]));
        int[] sorted = new int[values.length];
        Path[] sortedDirs = new Path[values.length];
        Path[] sortedSegments = new Path[values.length];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = values[order[i]];
            sortedDirs[i] = dirs.get(order[i]);
            sortedSegments[i] = partitionSegments.get(order[i]);
        }
        String field = field(type, dirs.get(0).getFileName().toString());
        List<String> tables = new ArrayList<>();
        Function<String, Domain> domains = globals::domain;
        for (Path table : entries(sortedDirs[sorted.length - 1])) {
            if (Splayed.is(table)) {
                String name = table.getFileName().toString();
                tables.add(name);
                String[] columns = Splayed.columns(table);
                globals.set(name, new Partitioned(name, field, type, sorted, columns,
                        new PartitionStore(sortedDirs, name, columns, domains)));
            }
        }
        Partitions.loaded(globals, field, type, sorted, sortedSegments, segments.equals(List.of(root)) ? null : segments, tables);
    }

    /*
     * The partition field: date, month, or for whole numbers year when the first partition's name
     * (in directory order, the first segment's) has 4 characters, else int. The docs list the four
     * fields (ref/dotq.md .Q.pf) but not the rule; this is q.k's .Q.L (`date`month`year`int by
     * 10 7 4?count string first x), so an int database whose first partition is 4 digits is year.
     */
    private static String field(int type, String first) {
        if (type == QType.DATE) {
            return "date";
        }
        if (type == QType.MONTH) {
            return "month";
        }
        return first.length() == 4 ? "year" : "int";
    }

    // The directories par.txt lists (relative to root when not absolute), or null when there is none.
    static List<Path> segments(Path root) {
        Path par = root.resolve("par.txt");
        if (!Files.isRegularFile(par)) {
            return null;
        }
        try {
            List<Path> out = new ArrayList<>();
            for (String line : Files.readAllLines(par, StandardCharsets.ISO_8859_1)) {
                if (!line.isBlank()) {
                    out.add(root.resolve(line.strip()).normalize());
                }
            }
            return out;
        } catch (IOException e) {
            throw Handles.error(par, e);
        }
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
