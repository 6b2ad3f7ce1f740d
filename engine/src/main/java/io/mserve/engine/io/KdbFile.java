package io.mserve.engine.io;

import io.mserve.engine.QException;
import io.mserve.engine.io.format.CompressedFile;
import io.mserve.engine.io.format.FileCompression;
import io.mserve.engine.value.Domain;
import io.mserve.engine.value.Enumeration;
import io.mserve.ipc.codec.Decoder;
import io.mserve.ipc.codec.Encoder;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Symbols;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One kdb+ data file, as {@code set} writes and {@code get} reads it (see the engine README,
 * "kdb+ files"): {@code ff 01} + the IPC serialization of the value; {@code fe 20} + a 16-byte
 * vector header + raw items for simple vectors; {@code fd 20} + a 4096-byte header for
 * 64-bit enumerations (the domain's name at byte 16, the vector header at 4080).
 */
final class KdbFile {
    private KdbFile() {}

    static final int ENUM = 20;
    private static final int PAGE = 4096;
    private static final int HEADER = 16;

    /**
     * The file {@code set} writes for {@code v} (not a splayed table). A vector's count field holds
     * its count (ref/get.md shows it), but is 0 when {@code streamed}: kdb+ writes 0 in splayed
     * columns, {@code .d} and sym files, and in compressed files, unless the vector has an attribute.
     */
    static byte[] encode(K v, boolean streamed) {
        if (v instanceof Enumeration e) {
            return encodeEnum(e.domain().name(), e.index(), e.attribute(), streamed);
        }
        int t = v.type();
        if (t > 0 && t <= QType.TIME && t != QType.SYMBOL) {
            int n = Math.toIntExact(v.count());
            ByteBuffer out = ByteBuffer.allocate(HEADER + n * VectorBytes.width(t)).order(ByteOrder.LITTLE_ENDIAN);
            int attribute = diskAttribute(v);
            out.put((byte) 0xfe).put((byte) 0x20).put((byte) t).put((byte) attribute).putInt(0).putLong(streamed && attribute == 0 ? 0 : n);
            VectorBytes.put(out, v);
            return out.array();
        }
        if (streamed && v instanceof SymbolVector s && s.attribute() == Attribute.NONE) {
            return symbols(s);
        }
        byte[] message;
        try {
            message = Encoder.encode(0, v);
        } catch (RuntimeException e) {
            throw QException.type();
        }
        // The IPC message minus its 8-byte header, behind the 2-byte file magic.
        byte[] out = new byte[message.length - 6];
        out[0] = (byte) 0xff;
        out[1] = 0x01;
        System.arraycopy(message, 8, out, 2, message.length - 8);
        return out;
    }

    /**
     * Writes {@code v} to file {@code p} as {@code set} does: a list of vectors and atoms as the pair
     * {@code p}, {@code p#}; each file compressed as {@code zip} chooses for {@code p}'s name;
     * {@code splayed} when it is a splayed table's file (see {@link #encode}).
     */
    static void write(Path p, K v, FileCompression zip, boolean splayed) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        byte[][] nested = v instanceof KList ? Anymap.encode(v) : null;
        if (nested != null) {
            Handles.write(p, zip.store(name, nested[0]));
            Handles.write(p.resolveSibling(name + "#"), zip.store(name, nested[1]));
        } else {
            Handles.write(p, zip.store(name, encode(v, splayed || zip.compresses(name))));
        }
    }

    /** A 64-bit enumeration file: {@code indexes} into the domain called {@code domain}. */
    static byte[] encodeEnum(String domain, long[] indexes, int attribute, boolean streamed) {
        byte[] name = domain.getBytes(StandardCharsets.ISO_8859_1);
        if (name.length >= PAGE - HEADER - 16) {
            throw QException.length();
        }
        ByteBuffer out = ByteBuffer.allocate(PAGE + 8 * indexes.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put((byte) 0xfd).put((byte) 0x20);
        out.position(16);
        out.put(name);
        out.position(PAGE - HEADER);
        int disk = attribute == Attribute.SORTED ? Attribute.SORTED : 0;
        out.put((byte) 0xfd).put((byte) 0x00).put((byte) ENUM).put((byte) disk).putInt(0).putLong(streamed && disk == 0 ? 0 : indexes.length);
        out.asLongBuffer().put(indexes);
        return out.array();
    }

    // A symbol vector file as kdb+ writes .d and sym: a 0 count, the names to the end of the file.
    private static byte[] symbols(SymbolVector v) {
        int size = 8;
        byte[][] names = new byte[v.items().length][];
        for (int i = 0; i < names.length; i++) {
            names[i] = v.items()[i].getBytes(StandardCharsets.ISO_8859_1);
            size += names[i].length + 1;
        }
        byte[] out = new byte[size];
        out[0] = (byte) 0xff;
        out[1] = 0x01;
        out[2] = QType.SYMBOL;
        int at = 8;
        for (byte[] name : names) {
            System.arraycopy(name, 0, out, at, name.length);
            at += name.length + 1;
        }
        return out;
    }

    // u# p# g# files carry kdb+'s index structures after the items, whose layout is not public: we write only s#.
    private static int diskAttribute(K v) {
        return v instanceof KVector && ((KVector) v).attribute() == Attribute.SORTED ? Attribute.SORTED : 0;
    }

    /**
     * The value in {@code bytes} (file {@code name}, its companion {@code name#} read when it is a
     * nested list); {@code domains} gives an enumeration's domain by name. A compressed file is
     * decompressed first; a file shorter or otherwise other than its header says signals
     * {@code '<name>: corrupt file}.
     */
    static K decode(String name, byte[] bytes, Function<String, Domain> domains) {
        if (CompressedFile.is(bytes)) {
            CompressedFile f = CompressedFile.read(name, bytes);
            K v = itemsByBlock(name, f, domains);
            if (v != null) {
                return v;
            }
            bytes = f.image();
        }
        if (bytes.length < 2) {
            throw new QException(name + ": not a kdb+ data file");
        }
        int m0 = bytes[0] & 0xff;
        int m1 = bytes[1] & 0xff;
        if (m0 == 0xff && m1 == 0x01) {
            return serialized(name, bytes);
        }
        if (m0 == 0xfe && m1 == 0x20) {
            return vector(name, bytes);
        }
        if (m0 == 0xfd && m1 == 0x20) {
            if (bytes.length < PAGE) {
                throw CompressedFile.corrupt(name);
            }
            int t = bytes[PAGE - HEADER + 2];
            if (t == Anymap.TYPE) {
                return Anymap.decode(name, bytes, companion(name));
            }
            if (t != ENUM) {
                throw QException.nyi();
            }
            return enumeration(name, bytes, domains);
        }
        throw QException.type();
    }

    /** The bytes of the companion file {@code name#} of nested list file {@code name}, decompressed. */
    static byte[] companion(String name) {
        String data = name + "#";
        byte[] bytes = Handles.read(Path.of(data));
        return CompressedFile.is(bytes) ? CompressedFile.read(data, bytes).image() : bytes;
    }

    private static K serialized(String name, byte[] bytes) {
        if (bytes.length >= 8 && bytes[2] == QType.SYMBOL) {
            return symbols(bytes);
        }
        try {
            return Decoder.decodeBody(bytes, 2, bytes.length - 2, ByteOrder.LITTLE_ENDIAN);
        } catch (RuntimeException e) {
            throw CompressedFile.corrupt(name);
        }
    }

    // A symbol vector file (a sym file): the names up to the last NUL, not the stored count,
    // which kdb+ writes as 0 and its in-place appends leave stale.
    private static K symbols(byte[] bytes) {
        List<String> out = new ArrayList<>();
        int start = 8;
        for (int i = 8; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                out.add(Symbols.intern(new String(bytes, start, i - start, StandardCharsets.ISO_8859_1)));
                start = i + 1;
            }
        }
        return new SymbolVector(out.toArray(new String[0]), attribute(bytes[3]));
    }

    private static K vector(String name, byte[] bytes) {
        if (bytes.length < HEADER) {
            throw CompressedFile.corrupt(name);
        }
        int t = bytes[2];
        if (t > Anymap.TYPE && t < Anymap.TYPE + QType.TIME) {
            return Anymap.decodeLegacy(name, bytes, companion(name));
        }
        int w = VectorBytes.width(t);
        if (t == QType.SYMBOL || w == 0) {
            throw QException.type();
        }
        int attribute = attribute(bytes[3]);
        long n = items(name, bytes, HEADER, w, attribute);
        return VectorBytes.get(t, bytes, HEADER, (int) n, attribute);
    }

    /** The item count of the vector in {@code bytes} whose header ends at {@code data} (see {@link #count}). */
    static long items(String name, byte[] bytes, int data, int width, int attribute) {
        long stored = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getLong(data - 8);
        return count(name, stored, attribute, bytes.length - data, width);
    }

    /**
     * The item count of a vector file (file {@code name}) whose header says {@code stored} items with
     * {@code attribute}, followed by {@code bytes} bytes of items of {@code width} bytes. kdb+ writes
     * the count field as 0 in splayed columns and compressed files (the items then fill the file),
     * and the true count for u# p# g# vectors, whose index lies past the items.
     */
    static long count(String name, long stored, int attribute, long bytes, int width) {
        long room = bytes / width;
        if (attribute > Attribute.SORTED) {
            if (stored < 0 || stored > room) {
                throw CompressedFile.corrupt(name);
            }
        } else if (bytes % width != 0 || stored != 0 && stored != room) {
            throw CompressedFile.corrupt(name);
        }
        long n = attribute > Attribute.SORTED ? stored : room;
        if (n > Integer.MAX_VALUE - 8) {
            throw new QException("wsfull");
        }
        return n;
    }

    private static K enumeration(String name, byte[] bytes, Function<String, Domain> domains) {
        String domain = domainName(name, bytes);
        int attribute = attribute(bytes[PAGE - HEADER + 3]);
        long n = items(name, bytes, PAGE, 8, attribute);
        long[] index = new long[(int) n];
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        in.position(PAGE);
        in.asLongBuffer().get(index);
        return new Enumeration(domains.apply(domain), index, attribute);
    }

    // The domain's name at byte 16 of an enumeration file's page.
    private static String domainName(String name, byte[] page) {
        int end = HEADER;
        while (end < PAGE - HEADER && page[end] != 0) {
            end++;
        }
        if (end == HEADER) {
            throw CompressedFile.corrupt(name);
        }
        return new String(page, HEADER, end - HEADER, StandardCharsets.ISO_8859_1);
    }

    /**
     * A compressed simple vector or enumeration with no index after its items, decompressed one
     * block at a time straight into the vector's array (never the whole plain file); null for
     * other files. Blocks are at least 4096 bytes, so the header is in block 0 and, items being
     * 1 to 16 bytes, no item straddles two blocks.
     */
    private static K itemsByBlock(String name, CompressedFile f, Function<String, Domain> domains) {
        if (f.blocks() == 0) {
            return null;
        }
        byte[] block = new byte[1 << f.logicalBlockSize()];
        int first = f.block(0, block, 0);
        if (first < HEADER || (block[0] & 0xff) == 0xfd && first < PAGE) {
            return null;
        }
        int magic = (block[0] & 0xff) << 8 | block[1] & 0xff;
        boolean enumerated = magic == 0xfd20 && block[PAGE - HEADER + 2] == ENUM;
        int t = enumerated ? QType.LONG : block[2];
        int data = enumerated ? PAGE : HEADER;
        int attribute = attribute(block[data - HEADER + 3]);
        int w = VectorBytes.width(t);
        if (magic != 0xfe20 && !enumerated || w == 0 || attribute > Attribute.SORTED) {
            return null;
        }
        String domain = enumerated ? domainName(name, block) : null;
        long stored = ByteBuffer.wrap(block).order(ByteOrder.LITTLE_ENDIAN).getLong(data - 8);
        VectorBytes.Filling out = new VectorBytes.Filling(t, (int) count(name, stored, attribute, f.length() - data, w));
        out.add(block, data, (first - data) / w);
        for (int k = 1; k < f.blocks(); k++) {
            out.add(block, 0, f.block(k, block, 0) / w);
        }
        K v = out.vector(attribute);
        return enumerated ? new Enumeration(domains.apply(domain), ((LongVector) v).items(), attribute) : v;
    }

    private static int attribute(byte b) {
        return b >= 0 && b <= Attribute.GROUPED ? b : 0;
    }
}
