package io.mserve.ipc.codec;

import io.mserve.ipc.value.ByteAtom;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Derived;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.FunctionList;
import io.mserve.ipc.value.GuidAtom;
import io.mserve.ipc.value.GuidVector;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KError;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.Lambda;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.Primitive;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealAtom;
import io.mserve.ipc.value.RealVector;
import io.mserve.ipc.value.ShortAtom;
import io.mserve.ipc.value.ShortVector;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Symbols;
import io.mserve.ipc.value.Table;
import io.mserve.ipc.wire.MessageHeader;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Reads kdb+ IPC messages of either byte order, compressed or not, into {@link K} values.
 *
 * <p>Nothing in the input is trusted: every count is checked against the bytes that remain
 * before anything is allocated, nesting is bounded, and any inconsistency is a
 * {@link MalformedMessageException} that says where and what.
 */
public final class Decoder {
    /** Deepest nesting of lists, dictionaries and functions accepted. */
    public static final int MAX_DEPTH = 256;

    private final ByteBuffer in;
    private final byte[] bytes;
    private final int start;
    private static final int RECENT = 256;
    private String[] recent;

    private Decoder(byte[] bytes, int offset, int length, ByteOrder order) {
        this.bytes = bytes;
        this.start = offset;
        this.in = ByteBuffer.wrap(bytes, offset, length).order(order);
    }

    /** Decodes a whole message, header included; the reader index of {@code message} is left alone. */
    public static K decode(ByteBuf message) {
        return decode(ByteBufUtil.getBytes(message), Integer.MAX_VALUE);
    }

    /** Decodes a whole message, header included. */
    public static K decode(byte[] message) {
        return decode(message, Integer.MAX_VALUE);
    }

    /**
     * Decodes a whole message, header included, whose uncompressed size may be at most {@code maxBytes}.
     *
     * @throws MalformedMessageException when the bytes are not one valid message
     */
    public static K decode(byte[] message, int maxBytes) {
        if (message.length < MessageHeader.SIZE) {
            throw new MalformedMessageException("message of " + message.length + " bytes is shorter than its header");
        }
        MessageHeader header = MessageHeader.read(Unpooled.wrappedBuffer(message), 0);
        if (Integer.toUnsignedLong(header.length()) != message.length) {
            throw new MalformedMessageException("length field says " + Integer.toUnsignedString(header.length())
                    + " bytes, the message has " + message.length);
        }
        byte[] whole = header.compressed() ? Compression.decompress(message, 0, message.length, maxBytes) : message;
        return decodeBody(whole, MessageHeader.SIZE, whole.length - MessageHeader.SIZE, header.order());
    }

    /** Decodes a message body (the bytes after the header) written in {@code order}. */
    public static K decodeBody(byte[] bytes, int offset, int length, ByteOrder order) {
        Decoder decoder = new Decoder(bytes, offset, length, order);
        K value = decoder.read(0);
        if (decoder.in.hasRemaining()) {
            throw new MalformedMessageException(decoder.in.remaining() + " bytes left after the value");
        }
        return value;
    }

    private K read(int depth) {
        if (depth > MAX_DEPTH) {
            throw malformed("nesting deeper than " + MAX_DEPTH);
        }
        need(1);
        int type = in.get();
        if (type < 0) {
            return atom(type);
        }
        if (type <= QType.TIME) {
            return vector(type, depth);
        }
        switch (type) {
            case QType.TABLE: {
                int attribute = attribute();
                need(1);
                if (in.get() != QType.DICT) {
                    throw malformed("a table must hold a dictionary");
                }
                return table(read(depth + 1), read(depth + 1), attribute);
            }
            case QType.DICT:
            case QType.SORTED_DICT:
                return new Dict(read(depth + 1), read(depth + 1), type == QType.SORTED_DICT);
            case QType.LAMBDA: {
                String context = symbol();
                K source = read(depth + 1);
                if (source.type() != QType.CHAR) {
                    throw malformed("a lambda's source must be a string, is type " + source.type());
                }
                return new Lambda(context, new String(((ByteVector) source).items(), StandardCharsets.ISO_8859_1));
            }
            case QType.UNARY_PRIMITIVE:
            case QType.OPERATOR:
            case QType.ITERATOR:
                need(1);
                return new Primitive(type, in.get() & 0xFF);
            case QType.PROJECTION:
            case QType.COMPOSITION: {
                int n = count(2);
                if (n == 0) {
                    throw malformed((type == QType.PROJECTION ? "a projection" : "a composition") + " of no function");
                }
                K[] items = new K[n];
                for (int i = 0; i < n; i++) {
                    items[i] = read(depth + 1);
                }
                return new FunctionList(type, items);
            }
            default:
                if (type >= QType.EACH && type <= QType.DYNAMIC_LOAD) {
                    return new Derived(type, read(depth + 1));
                }
                throw malformed("type " + type + " cannot travel" + (type >= QType.ENUM_FIRST && type <= QType.ENUM_LAST
                        ? " (kdb+ sends enumerations as their values)" : ""));
        }
    }

    private K atom(int type) {
        switch (-type) {
            case QType.BOOLEAN: case QType.BYTE: case QType.CHAR:
                need(1);
                return new ByteAtom(type, in.get());
            case QType.GUID:
                need(16);
                return new GuidAtom(guid());
            case QType.SHORT:
                need(2);
                return new ShortAtom(in.getShort());
            case QType.INT: case QType.MONTH: case QType.DATE: case QType.MINUTE: case QType.SECOND: case QType.TIME:
                need(4);
                return new IntAtom(type, in.getInt());
            case QType.LONG: case QType.TIMESTAMP: case QType.TIMESPAN:
                need(8);
                return new LongAtom(type, in.getLong());
            case QType.REAL:
                need(4);
                return new RealAtom(in.getFloat());
            case QType.FLOAT: case QType.DATETIME:
                need(8);
                return new FloatAtom(type, in.getDouble());
            case QType.SYMBOL:
                return new SymbolAtom(symbol());
            case -QType.ERROR:
                return new KError(symbol());
            default:
                throw malformed("no atom type " + type);
        }
    }

    private K vector(int type, int depth) {
        if (type == 3) {
            throw malformed("no vector type 3");
        }
        int attribute = attribute();
        int n;
        switch (type) {
            case QType.LIST: {
                n = count(2);
                K[] items = new K[n];
                for (int i = 0; i < n; i++) {
                    items[i] = read(depth + 1);
                }
                return new KList(items, attribute);
            }
            case QType.SYMBOL: {
                n = count(1);
                String[] items = new String[n];
                for (int i = 0; i < n; i++) {
                    items[i] = symbol();
                }
                return new SymbolVector(items, attribute);
            }
            case QType.BOOLEAN: case QType.BYTE: case QType.CHAR: {
                n = count(1);
                byte[] items = new byte[n];
                in.get(items);
                return new ByteVector(type, items, attribute);
            }
            case QType.GUID: {
                n = count(16);
                UUID[] items = new UUID[n];
                for (int i = 0; i < n; i++) {
                    items[i] = guid();
                }
                return new GuidVector(items, attribute);
            }
            case QType.SHORT: {
                n = count(2);
                short[] items = new short[n];
                in.asShortBuffer().get(items);
                skip(2L * n);
                return new ShortVector(items, attribute);
            }
            case QType.REAL: {
                n = count(4);
                float[] items = new float[n];
                in.asFloatBuffer().get(items);
                skip(4L * n);
                return new RealVector(items, attribute);
            }
            case QType.FLOAT: case QType.DATETIME: {
                n = count(8);
                double[] items = new double[n];
                in.asDoubleBuffer().get(items);
                skip(8L * n);
                return new FloatVector(type, items, attribute);
            }
            case QType.LONG: case QType.TIMESTAMP: case QType.TIMESPAN: {
                n = count(8);
                long[] items = new long[n];
                in.asLongBuffer().get(items);
                skip(8L * n);
                return new LongVector(type, items, attribute);
            }
            default: {
                n = count(4);
                int[] items = new int[n];
                in.asIntBuffer().get(items);
                skip(4L * n);
                return new IntVector(type, items, attribute);
            }
        }
    }

    private Table table(K keys, K values, int attribute) {
        if (!(keys instanceof SymbolVector) || !(values instanceof KList)) {
            throw malformed("a table's dictionary must map a symbol vector to a general list");
        }
        try {
            return new Table((SymbolVector) keys, ((KList) values).items(), attribute);
        } catch (IllegalArgumentException e) {
            throw malformed("bad table: " + e.getMessage());
        }
    }

    private int attribute() {
        need(1);
        int attribute = in.get();
        if (attribute < 0 || attribute > 4) {
            throw malformed("attribute must be 0..4, is " + (attribute & 0xFF));
        }
        return attribute;
    }

    /** A count, checked against the bytes left for items of at least {@code minItemBytes} each. */
    private int count(int minItemBytes) {
        need(4);
        int n = in.getInt();
        if (n < 0) {
            throw malformed("negative count " + n);
        }
        if ((long) n * minItemBytes > in.remaining()) {
            throw malformed("count " + n + " needs more than the " + in.remaining() + " bytes left");
        }
        return n;
    }

    private String symbol() {
        int from = in.position();
        int limit = in.limit();
        int end = from;
        int hash = 0;
        while (end < limit && bytes[end] != 0) {
            hash = 31 * hash + bytes[end];
            end++;
        }
        if (end == limit) {
            throw malformed("symbol without its terminating NUL");
        }
        in.position(end + 1);
        // Columns repeat a few symbols many times: a small cache spares the shared table most lookups.
        if (recent == null) {
            recent = new String[RECENT];
        }
        int slot = (hash ^ (hash >>> 16)) & (RECENT - 1);
        String known = recent[slot];
        if (known != null && sameText(known, from, end)) {
            return known;
        }
        String symbol = Symbols.intern(new String(bytes, from, end - from, StandardCharsets.ISO_8859_1));
        recent[slot] = symbol;
        return symbol;
    }

    private boolean sameText(String symbol, int from, int end) {
        if (symbol.length() != end - from) {
            return false;
        }
        for (int i = from; i < end; i++) {
            if (symbol.charAt(i - from) != (char) (bytes[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private UUID guid() {
        // GUIDs travel in textual order whatever the message's byte order.
        ByteBuffer big = in.duplicate().order(ByteOrder.BIG_ENDIAN);
        UUID uuid = new UUID(big.getLong(), big.getLong());
        skip(16);
        return uuid;
    }

    private void need(int n) {
        if (in.remaining() < n) {
            throw malformed("message ends early: needs " + n + " more bytes, has " + in.remaining());
        }
    }

    private void skip(long n) {
        in.position(in.position() + (int) n);
    }

    private MalformedMessageException malformed(String what) {
        return new MalformedMessageException(what + " (at body byte " + (in.position() - start) + ")");
    }
}
