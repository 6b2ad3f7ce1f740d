package io.mserve.engine.io;

import io.mserve.engine.QException;
import io.mserve.engine.io.format.FileCompression;
import io.mserve.engine.value.Domain;
import io.mserve.engine.value.Enumeration;
import io.mserve.engine.value.Gather;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Splayed tables: a directory with {@code .d} (the column names, a symbol vector file) and one
 * file per column; symbol columns are stored enumerated against the {@code sym} domain.
 */
final class Splayed {
    private Splayed() {}

    static final String DOMAIN = "sym";

    static boolean is(Path dir) {
        return Files.isRegularFile(dir.resolve(".d"));
    }

    /**
     * Writes {@code t} under {@code dir}. Symbol columns must be enumerable against {@code sym}
     * (every symbol already in it, as after {@code .Q.en}); otherwise {@code 'type}, as kdb+
     * refuses to splay unenumerated symbols. Each file is compressed as {@code zip} chooses for it.
     */
    static void write(Path dir, Table t, SymbolVector sym, FileCompression zip) {
        String[] names = t.columns().items();
        K[] data = t.data();
        Map<String, Long> index = null;
        K[] files = new K[names.length];
        for (int c = 0; c < names.length; c++) {
            K col = data[c];
            if (col instanceof Enumeration e) {
                files[c] = e;
            } else if (col.type() == QType.SYMBOL) {
                if (sym == null) {
                    throw QException.type();
                }
                if (index == null) {
                    index = indexOf(sym);
                }
                files[c] = new Enumeration(new Domain(DOMAIN, () -> sym), enumerate((SymbolVector) col, index), ((KVector) col).attribute());
            } else if (col.type() < 0 || col.type() > QType.TIME && col.type() != 0) {
                throw QException.type();
            } else {
                files[c] = col;
            }
        }
        for (int c = 0; c < names.length; c++) {
            KdbFile.write(dir.resolve(names[c]), files[c], zip, true);
        }
        KdbFile.write(dir.resolve(".d"), t.columns(), zip, true);
    }

    /** Writes under {@code dir} an empty table with the columns of the one splayed at {@code template} (what {@code .Q.chk} fills a partition with). */
    static void writeEmptyLike(Path dir, Path template) {
        // the empty columns index nothing: of their domains only the names are written
        Table t = read(template, name -> new Domain(name, () -> null));
        K[] empty = new K[t.data().length];
        for (int c = 0; c < empty.length; c++) {
            empty[c] = Gather.slice(t.data()[c], 0, 0);
        }
        write(dir, new Table(t.columns(), empty), new SymbolVector(new String[0]), FileCompression.NONE);
    }

    static Map<String, Long> indexOf(SymbolVector sym) {
        String[] s = sym.items();
        Map<String, Long> index = new HashMap<>(s.length * 2);
        for (int i = s.length - 1; i >= 0; i--) {
            index.put(s[i], (long) i);
        }
        return index;
    }

    private static long[] enumerate(SymbolVector col, Map<String, Long> index) {
        String[] s = col.items();
        long[] out = new long[s.length];
        for (int i = 0; i < s.length; i++) {
            Long ix = index.get(s[i]);
            if (ix == null) {
                throw QException.type();
            }
            out[i] = ix;
        }
        return out;
    }

    /** The column names in {@code dir/.d}. */
    static String[] columns(Path dir) {
        K d = KdbFile.decode(dir.resolve(".d").toString(), Handles.read(dir.resolve(".d")), name -> null);
        if (!(d instanceof SymbolVector)) {
            throw QException.type();
        }
        return ((SymbolVector) d).items();
    }

    /**
     * The table in {@code dir} as {@code \l} gives it: its names from {@code .d} and its rows from
     * the first column's header now, its columns read (as {@link #read} does) when first needed.
     */
    static Table lazy(Path dir, Function<String, Domain> domains) {
        String[] names = columns(dir);
        long rows = names.length == 0 ? 0 : MappedColumn.rows(dir.resolve(names[0]), domains);
        if (rows > Integer.MAX_VALUE) {
            throw QException.length();
        }
        return new Table(new SymbolVector(names), (int) rows, () -> {
            K[] data = read(dir, domains).data();
            if (data.length > 0 && data[0].count() != rows) {
                throw QException.length();
            }
            return data;
        });
    }

    /** The table in {@code dir}, its columns read through mappings; enumerated columns over the domains {@code domains} gives by name. */
    static Table read(Path dir, Function<String, Domain> domains) {
        String[] names = columns(dir);
        K[] data = new K[names.length];
        long n = -1;
        for (int c = 0; c < names.length; c++) {
            data[c] = MappedColumn.read(dir.resolve(names[c]), domains);
            if (data[c].type() < 0 || n >= 0 && data[c].count() != n) {
                throw QException.length();
            }
            n = data[c].count();
        }
        return new Table(new SymbolVector(names), data);
    }
}
