package io.mserve.engine.io;

import io.mserve.engine.QException;
import io.mserve.engine.value.Domain;
import io.mserve.engine.value.Enumeration;
import io.mserve.ipc.codec.Decoder;
import io.mserve.ipc.codec.Encoder;
import io.mserve.ipc.codec.MalformedMessageException;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Symbols;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
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

    /** The file {@code set} writes for {@code v} (not a splayed table). */
    static byte[] encode(K v) {
        if (v instanceof Enumeration e) {
            return encodeEnum(e.domain().name(), e.index(), e.attribute());
        }
        int t = v.type();
        if (t > 0 && t <= QType.TIME && t != QType.SYMBOL) {
            int n = Math.toIntExact(v.count());
            ByteBuffer out = ByteBuffer.allocate(HEADER + n * VectorBytes.width(t)).order(ByteOrder.LITTLE_ENDIAN);
            out.put((byte) 0xfe).put((byte) 0x20).put((byte) t).put((byte) diskAttribute(v)).putInt(0).putLong(n);
            VectorBytes.put(out, v);
            return out.array();
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

    /** A 64-bit enumeration file: {@code indexes} into the domain called {@code domain}. */
    static byte[] encodeEnum(String domain, long[] indexes, int attribute) {
        byte[] name = domain.getBytes(StandardCharsets.ISO_8859_1);
        if (name.length >= PAGE - HEADER - 16) {
            throw QException.length();
        }
        ByteBuffer out = ByteBuffer.allocate(PAGE + 8 * indexes.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put((byte) 0xfd).put((byte) 0x20);
        out.position(16);
        out.put(name);
        out.position(PAGE - HEADER);
        out.put((byte) 0xfd).put((byte) 0x20).put((byte) ENUM).put((byte) (attribute == Attribute.SORTED ? 1 : 0)).putInt(0).putLong(indexes.length);
        out.asLongBuffer().put(indexes);
        return out.array();
    }

    // u# p# g# files carry kdb+'s index structures after the items; we write only s#.
    private static int diskAttribute(K v) {
        return v instanceof KVector && ((KVector) v).attribute() == Attribute.SORTED ? Attribute.SORTED : 0;
    }

    /** The value in {@code bytes} (file {@code name}); {@code domains} gives an enumeration's domain by name. */
    static K decode(String name, byte[] bytes, Function<String, Domain> domains) {
        if (bytes.length < 2) {
            throw new QException(name + ": not a kdb+ data file");
        }
        int m0 = bytes[0] & 0xff;
        int m1 = bytes[1] & 0xff;
        if (m0 == 0xff && m1 == 0x01) {
            return serialized(bytes);
        }
        if (m0 == 0xfe && m1 == 0x20) {
            return vector(bytes, 0);
        }
        if (m0 == 0xfd && m1 == 0x20) {
            if (bytes.length < PAGE) {
                throw QException.length();
            }
            int t = bytes[PAGE - HEADER + 2];
            if (t != ENUM) {
                throw QException.nyi();
            }
            return enumeration(bytes, domains);
        }
        throw QException.type();
    }

    private static K serialized(byte[] bytes) {
        if (bytes.length >= 8 && bytes[2] == QType.SYMBOL) {
            return symbols(bytes);
        }
        try {
            return Decoder.decodeBody(bytes, 2, bytes.length - 2, ByteOrder.LITTLE_ENDIAN);
        } catch (MalformedMessageException e) {
            throw QException.length();
        } catch (RuntimeException e) {
            throw QException.type();
        }
    }

    // A symbol vector file (a sym file): the names up to the last NUL, not the stored count,
    // which kdb+'s in-place appends leave stale.
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

    private static K vector(byte[] bytes, int at) {
        if (bytes.length < at + HEADER) {
            throw QException.length();
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int t = bytes[at + 2];
        long n = in.getLong(at + 8);
        int w = VectorBytes.width(t);
        if (t == QType.SYMBOL || w == 0) {
            throw t >= 77 ? QException.nyi() : QException.type();
        }
        if (n < 0 || n > (bytes.length - at - HEADER) / w) {
            throw QException.length();
        }
        return VectorBytes.get(t, bytes, at + HEADER, (int) n, attribute(bytes[at + 3]));
    }

    private static K enumeration(byte[] bytes, Function<String, Domain> domains) {
        int end = HEADER;
        while (end < PAGE - HEADER && bytes[end] != 0) {
            end++;
        }
        String domain = new String(bytes, HEADER, end - HEADER, StandardCharsets.ISO_8859_1);
        if (domain.isEmpty()) {
            throw QException.type();
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long n = in.getLong(PAGE - 8);
        if (n < 0 || n > (bytes.length - PAGE) / 8) {
            throw QException.length();
        }
        long[] index = new long[(int) n];
        in.position(PAGE);
        in.asLongBuffer().get(index);
        return new Enumeration(domains.apply(domain), index, attribute(bytes[PAGE - HEADER + 3]));
    }

    private static int attribute(byte b) {
        return b >= 0 && b <= Attribute.GROUPED ? b : 0;
    }
}
