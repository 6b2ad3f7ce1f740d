package io.mserve.engine.io.format;

import io.mserve.engine.QException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A kdb+ compressed file (engine README, "Files kdb+ writes"): {@code kxzipped}, the blocks back
 * to back, then a trailer {@code int32 3 | alg | level | 00 00 | int64 plain length | int64
 * trailer offset | int64 block size in bytes | (int32 packed size, int32 block alg) per block |
 * int64 block count}. Block k holds plain bytes {@code [k·2^lbs, (k+1)·2^lbs)}, each compressed
 * on its own, so one block can be read without the others ({@link #block}).
 */
public final class CompressedFile {
    private static final byte[] MAGIC = "kxzipped".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ENCRYPTED = "kxzippEd".getBytes(StandardCharsets.ISO_8859_1);
    private static final int TRAILER = 40;
    private static final int MIN_LBS = 12;
    private static final int MAX_LBS = 20;
    // The trailer's first word: 3 in every file kdb+ wrote that we have seen; its meaning is unknown.
    private static final int TRAILER_TAG = 3;

    private final String name;
    private final byte[] file;
    private final long length;
    private final int lbs;
    private final long[] offsets;
    private final int[] sizes;
    private final int[] algorithms;

    private CompressedFile(String name, byte[] file, long length, int lbs, long[] offsets, int[] sizes, int[] algorithms) {
        this.name = name;
        this.file = file;
        this.length = length;
        this.lbs = lbs;
        this.offsets = offsets;
        this.sizes = sizes;
        this.algorithms = algorithms;
    }

    /** Whether {@code file} starts as a compressed (or encrypted) kdb+ file does. */
    public static boolean is(byte[] file) {
        return startsWith(file, MAGIC) || startsWith(file, ENCRYPTED);
    }

    /** Whether {@code lbs alg level} are parameters kdb+ accepts for writing. */
    public static boolean accepts(int lbs, int alg, int level) {
        return lbs >= MIN_LBS && lbs <= MAX_LBS && Codec.accepts(alg, level);
    }

    /** The compressed file holding {@code image} (a whole kdb+ file) in blocks of {@code 2^lbs} bytes. */
    public static byte[] write(byte[] image, int lbs, int alg, int level) {
        int block = 1 << lbs;
        int n = (image.length + block - 1) / block;
        byte[][] packed = new byte[n][];
        int[] blockAlg = new int[n];
        long total = MAGIC.length;
        for (int k = 0; k < n; k++) {
            int from = k * block;
            int size = Math.min(block, image.length - from);
            packed[k] = Codec.compress(alg, level, image, from, size);
            blockAlg[k] = packed[k] == null ? Codec.NONE : alg;
            total += packed[k] == null ? size : packed[k].length;
        }
        long trailer = total;
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(total + TRAILER + 8L * n)).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC);
        for (int k = 0; k < n; k++) {
            if (packed[k] == null) {
                out.put(image, k * block, Math.min(block, image.length - k * block));
            } else {
                out.put(packed[k]);
            }
        }
        out.putInt(TRAILER_TAG).put((byte) alg).put((byte) level).putShort((short) 0);
        out.putLong(image.length).putLong(trailer).putLong(block);
        for (int k = 0; k < n; k++) {
            int size = packed[k] == null ? Math.min(block, image.length - k * block) : packed[k].length;
            out.putInt(size).putInt(blockAlg[k]);
        }
        out.putLong(n);
        return out.array();
    }

    /** The compressed file {@code file} (named {@code name} in errors), its trailer checked. */
    public static CompressedFile read(String name, byte[] file) {
        if (startsWith(file, ENCRYPTED)) {
            throw new QException(name + ": encrypted file; nyi");
        }
        if (!startsWith(file, MAGIC) || file.length < MAGIC.length + TRAILER + 8) {
            throw corrupt(name);
        }
        ByteBuffer in = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        long n = in.getLong(file.length - 8);
        if (n < 0 || n > (file.length - MAGIC.length - TRAILER - 8) / 8) {
            throw corrupt(name);
        }
        int t = file.length - TRAILER - 8 * (int) n;
        int alg = file[t + 4];
        long length = in.getLong(t + 8);
        long trailer = in.getLong(t + 16);
        long block = in.getLong(t + 24);
        int lbs = Long.numberOfTrailingZeros(block);
        if (trailer != t || block != 1L << lbs || lbs < MIN_LBS || lbs > MAX_LBS || length < 0
                || (length + block - 1) >> lbs != n || alg < 0 || alg > Codec.ZSTD) {
            throw corrupt(name);
        }
        long[] offsets = new long[(int) n];
        int[] sizes = new int[(int) n];
        int[] algs = new int[(int) n];
        long at = MAGIC.length;
        for (int k = 0; k < n; k++) {
            offsets[k] = at;
            sizes[k] = in.getInt(t + 32 + 8 * k);
            algs[k] = in.getInt(t + 36 + 8 * k);
            at += sizes[k];
            if (sizes[k] < 0 || algs[k] != Codec.NONE && algs[k] != alg) {
                throw corrupt(name);
            }
        }
        if (at != t) {
            throw corrupt(name);
        }
        return new CompressedFile(name, file, length, lbs, offsets, sizes, algs);
    }

    /** The whole plain file. */
    public byte[] image() {
        if (length > Integer.MAX_VALUE - 8) {
            throw new QException("wsfull");
        }
        byte[] out = new byte[(int) length];
        for (int k = 0; k < offsets.length; k++) {
            block(k, out, k << lbs);
        }
        return out;
    }

    /** Decompresses block {@code k} into {@code out} at {@code at}; returns its plain size. */
    public int block(int k, byte[] out, int at) {
        int size = (int) Math.min(1L << lbs, length - ((long) k << lbs));
        if (!Codec.decompress(algorithms[k], file, (int) offsets[k], sizes[k], out, at, size)) {
            throw new QException("decompression error at block " + k + " in " + name);
        }
        return size;
    }

    /** The number of blocks. */
    public int blocks() {
        return offsets.length;
    }

    /** The plain file's length in bytes ({@code hcount}). */
    public long length() {
        return length;
    }

    /** The logical block size as kdb+ gives it: the power of 2 (17 for 128 kB blocks). */
    public int logicalBlockSize() {
        return lbs;
    }

    /** kdb+-style error for a file that is not what its header says. */
    public static QException corrupt(String name) {
        return new QException(name + ": corrupt file");
    }

    private static boolean startsWith(byte[] file, byte[] magic) {
        if (file.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (file[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
