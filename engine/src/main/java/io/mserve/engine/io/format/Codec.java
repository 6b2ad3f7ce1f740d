package io.mserve.engine.io.format;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdException;
import io.mserve.ipc.codec.Compression;
import io.mserve.ipc.codec.MalformedMessageException;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;
import org.xerial.snappy.Snappy;

/**
 * The block codecs of kdb+'s file compression (kb/file-compression.md: 0 none, 1 q IPC, 2 gzip,
 * 3 snappy, 4 lz4hc, 5 zstd), each done by the field's library: zlib streams (java.util.zip;
 * kdb+'s "gzip" blocks are RFC 1950 zlib streams), snappy-java raw blocks, lz4-java's native LZ4
 * HC block format, zstd-jni frames, and the IPC scheme of {@code -18!} from transport-ipc.
 */
public final class Codec {
    public static final int NONE = 0;
    public static final int IPC = 1;
    public static final int GZIP = 2;
    public static final int SNAPPY = 3;
    public static final int LZ4HC = 4;
    public static final int ZSTD = 5;

    // An 8-byte IPC header in front of a block lets the IPC scheme, which skips one, compress it.
    private static final int IPC_HEADER = 8;

    private Codec() {}

    /** Whether {@code level} is one kdb+ accepts for {@code alg} (kb/file-compression.md). */
    public static boolean accepts(int alg, int level) {
        switch (alg) {
            case NONE: case IPC: case SNAPPY: return level == 0;
            case GZIP: return level >= 0 && level <= 9;
            case LZ4HC: return level >= 0;
            case ZSTD: return level >= -7 && level <= 22;
            default: return false;
        }
    }

    /**
     * {@code plain[from, from+length)} compressed with {@code alg} at {@code level}, or null when
     * that would not be smaller (kdb+ then stores the block as it is).
     */
    public static byte[] compress(int alg, int level, byte[] plain, int from, int length) {
        byte[] out;
        switch (alg) {
            case IPC: out = ipc(plain, from, length); break;
            case GZIP: out = zlib(level, plain, from, length); break;
            case SNAPPY: out = snappy(plain, from, length); break;
            case LZ4HC: out = lz4(level, plain, from, length); break;
            case ZSTD: out = zstd(level, plain, from, length); break;
            default: return null;
        }
        return out == null || out.length >= length ? null : out;
    }

    /**
     * Decompresses {@code packed[from, from+length)} into exactly {@code size} bytes of {@code out} at
     * {@code at}; false when the block is not a valid one of that size.
     */
    public static boolean decompress(int alg, byte[] packed, int from, int length, byte[] out, int at, int size) {
        try {
            switch (alg) {
                case NONE:
                    if (length != size) {
                        return false;
                    }
                    System.arraycopy(packed, from, out, at, size);
                    return true;
                case IPC: return unipc(packed, from, length, out, at, size);
                case GZIP: return unzlib(packed, from, length, out, at, size);
                case SNAPPY:
                    return Snappy.uncompressedLength(packed, from, length) == size
                            && Snappy.uncompress(packed, from, length, out, at) == size;
                case LZ4HC:
                    return LZ4Factory.nativeInstance().safeDecompressor().decompress(packed, from, length, out, at, size) == size;
                case ZSTD: {
                    long n = Zstd.decompressByteArray(out, at, size, packed, from, length);
                    return !Zstd.isError(n) && n == size;
                }
                default: return false;
            }
        } catch (IOException | LZ4Exception | ZstdException | MalformedMessageException | IndexOutOfBoundsException e) {
            return false;
        }
    }

    private static byte[] zlib(int level, byte[] plain, int from, int length) {
        Deflater d = new Deflater(level);
        try {
            d.setInput(plain, from, length);
            d.finish();
            byte[] out = new byte[length + 64];
            int n = 0;
            while (!d.finished() && n < out.length) {
                n += d.deflate(out, n, out.length - n);
            }
            return d.finished() ? Arrays.copyOf(out, n) : null;
        } finally {
            d.end();
        }
    }

    private static boolean unzlib(byte[] packed, int from, int length, byte[] out, int at, int size) {
        Inflater f = new Inflater();
        try {
            f.setInput(packed, from, length);
            int n = 0;
            while (n < size && !f.finished()) {
                int k = f.inflate(out, at + n, size - n);
                if (k == 0 && (f.needsInput() || f.needsDictionary())) {
                    return false;
                }
                n += k;
            }
            return n == size && f.finished() && f.getRemaining() == 0;
        } catch (DataFormatException e) {
            return false;
        } finally {
            f.end();
        }
    }

    private static byte[] snappy(byte[] plain, int from, int length) {
        try {
            byte[] out = new byte[Snappy.maxCompressedLength(length)];
            return Arrays.copyOf(out, Snappy.compress(plain, from, length, out, 0));
        } catch (IOException e) {
            return null;
        }
    }

    // lz4hc level 0 is the library's default; past 16 it is 16 (kb/file-compression.md).
    private static byte[] lz4(int level, byte[] plain, int from, int length) {
        LZ4Factory f = LZ4Factory.nativeInstance();
        LZ4Compressor c = level == 0 ? f.highCompressor() : f.highCompressor(Math.min(level, 16));
        byte[] out = new byte[c.maxCompressedLength(length)];
        return Arrays.copyOf(out, c.compress(plain, from, length, out, 0, out.length));
    }

    private static byte[] zstd(int level, byte[] plain, int from, int length) {
        byte[] out = new byte[(int) Zstd.compressBound(length)];
        long n = Zstd.compressByteArray(out, 0, out.length, plain, from, length, level);
        return Zstd.isError(n) ? null : Arrays.copyOf(out, (int) n);
    }

    // The IPC scheme works on a message: the block behind a blank 8-byte header; kept is what
    // follows that header (the int32 length, header included, and the stream).
    private static byte[] ipc(byte[] plain, int from, int length) {
        byte[] message = new byte[IPC_HEADER + length];
        message[0] = 1;
        System.arraycopy(plain, from, message, IPC_HEADER, length);
        byte[] packed = Compression.compress(message);
        return packed == null ? null : Arrays.copyOfRange(packed, IPC_HEADER, packed.length);
    }

    private static boolean unipc(byte[] packed, int from, int length, byte[] out, int at, int size) {
        byte[] message = new byte[IPC_HEADER + length];
        message[0] = 1;
        System.arraycopy(packed, from, message, IPC_HEADER, length);
        byte[] plain = Compression.decompress(message, 0, message.length, IPC_HEADER + size);
        if (plain.length != IPC_HEADER + size) {
            return false;
        }
        System.arraycopy(plain, IPC_HEADER, out, at, size);
        return true;
    }
}
