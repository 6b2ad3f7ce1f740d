package io.mserve.engine.io.format;

import io.mserve.engine.QException;
import io.mserve.engine.value.Ints;
import io.mserve.engine.value.Lists;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.SymbolVector;
import java.util.HashMap;
import java.util.Map;

/**
 * Which files {@code set} writes compressed, and how (ref/get.md, kb/file-compression.md): one
 * {@code (lbs;alg;lvl)} for every file, or a dictionary from file (column) names to such triples
 * with {@code `} for the rest; a file it does not name falls back to {@code .z.zd}, which applies
 * to files with no extension only.
 */
public final class FileCompression {
    /** Every file written as it is. */
    public static final FileCompression NONE = new FileCompression(null, Map.of(), null);

    private final int[] all;
    private final Map<String, int[]> byName;
    private final FileCompression fallback;

    private FileCompression(int[] all, Map<String, int[]> byName, FileCompression fallback) {
        this.all = all;
        this.byName = byName;
        this.fallback = fallback;
    }

    /** The choice {@code spec} gives: {@code 17 2 6}, {@code (17;2;6)} or a dictionary of them. */
    public static FileCompression of(K spec) {
        if (spec instanceof Dict d) {
            if (!(d.keys() instanceof SymbolVector names)) {
                throw QException.type();
            }
            Map<String, int[]> byName = new HashMap<>();
            String[] keys = names.items();
            for (int i = 0; i < keys.length; i++) {
                byName.put(keys[i], triple(Lists.at(d.values(), i)));
            }
            return new FileCompression(null, byName, null);
        }
        return new FileCompression(triple(spec), Map.of(), null);
    }

    /** This choice, and {@code defaults} for the files it does not name. */
    public FileCompression orElse(FileCompression defaults) {
        return all != null ? this : new FileCompression(null, byName, defaults);
    }

    /**
     * The bytes of file {@code name} holding {@code image}: compressed as chosen for that name (a
     * nested column's {@code col#} goes by {@code col}), else {@code image} itself.
     */
    public byte[] store(String name, byte[] image) {
        int[] p = parameters(name);
        return compresses(name) ? CompressedFile.write(image, p[0], p[1], p[2]) : image;
    }

    /** Whether file {@code name} is written compressed. */
    public boolean compresses(String name) {
        int[] p = parameters(name);
        return p != null && p[1] != Codec.NONE;
    }

    // The triple for a file: the one for all, else its own entry, else the dictionary's ` entry, else
    // the fallback's (.z.zd), which leaves files with an extension, .d among them, as they are.
    private int[] parameters(String file) {
        if (all != null) {
            return all;
        }
        int[] p = byName.get(file);
        if (p == null) {
            p = byName.get("");
        }
        return p != null || fallback == null || file.indexOf('.') >= 0 ? p : fallback.parameters(file);
    }

    private static int[] triple(K spec) {
        long[] v;
        if (Ints.isVector(spec)) {
            v = Ints.vector(spec);
        } else if (Lists.isList(spec) && spec.count() == 3) {
            v = new long[] {Ints.atom(Lists.at(spec, 0)), Ints.atom(Lists.at(spec, 1)), Ints.atom(Lists.at(spec, 2))};
        } else {
            throw QException.type();
        }
        if (v.length != 3) {
            throw QException.length();
        }
        int lbs = (int) v[0];
        int alg = (int) v[1];
        int level = (int) v[2];
        if (alg >= 16) {
            throw QException.nyi(); // encryption (kb/dare.md)
        }
        if (alg == Codec.NONE) {
            return new int[] {lbs, alg, 0};
        }
        if (!Codec.accepts(alg, level) && alg >= 0 && alg <= Codec.ZSTD) {
            throw new QException("disk compression - bad level");
        }
        if (!CompressedFile.accepts(lbs, alg, level)) {
            throw new QException(lbs < 12 || lbs > 20 ? "disk compression - bad logicalBlockSize" : "disk compression - bad algorithm");
        }
        return new int[] {lbs, alg, level};
    }
}
