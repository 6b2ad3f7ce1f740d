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
import io.mserve.ipc.value.KVector;
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
import io.mserve.ipc.value.Table;
import io.mserve.ipc.wire.MessageHeader;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.UUID;

/**
 * Writes {@link K} values as kdb+ IPC messages, little endian as kdb+ itself sends them. The
 * size is computed first, so each message is written once into a buffer of exactly its length.
 */
public final class Encoder {
    private final ByteBuffer out;

    private Encoder(ByteBuffer out) {
        this.out = out;
    }

    /** The whole message (header included) carrying {@code value} as message type {@code type}. */
    public static byte[] encode(int type, K value) {
        int length = messageLength(value);
        byte[] bytes = new byte[length];
        write(ByteBuffer.wrap(bytes), type, value, length);
        return bytes;
    }

    /** As {@link #encode(int, K)}, into a buffer from {@code alloc}; a value that cannot travel is refused before any is taken. */
    public static ByteBuf encode(ByteBufAllocator alloc, int type, K value) {
        int length = messageLength(value);
        ByteBuf buf = alloc.buffer(length, length);
        write(buf.nioBuffer(0, length), type, value, length);
        return buf.writerIndex(length);
    }

    /** Bytes of {@code value}'s serialization, without a header. */
    public static long bodyLength(K value) {
        K v = value.wireForm();
        int type = v.type();
        if (type < 0) {
            if (v instanceof SymbolAtom) {
                return 2L + ((SymbolAtom) v).value().length();
            }
            if (v instanceof KError) {
                return 2L + ((KError) v).text().length();
            }
            return 1L + QType.width(type);
        }
        if (type == QType.LIST) {
            long n = 6;
            for (K item : ((KList) v).items()) {
                n += bodyLength(item);
            }
            return n;
        }
        if (type == QType.SYMBOL) {
            long n = 6;
            for (String s : ((SymbolVector) v).items()) {
                n += s.length() + 1;
            }
            return n;
        }
        if (QType.isSimple(type)) {
            return 6L + (long) v.count() * QType.width(type);
        }
        if (v instanceof Table) {
            Table t = (Table) v;
            long n = 3 + bodyLength(t.columns()) + 6;
            for (K column : t.data()) {
                n += bodyLength(column);
            }
            return n;
        }
        if (v instanceof Dict) {
            return 1 + bodyLength(((Dict) v).keys()) + bodyLength(((Dict) v).values());
        }
        if (v instanceof Lambda) {
            return 1 + ((Lambda) v).context().length() + 1 + 6 + ((Lambda) v).source().length();
        }
        if (v instanceof Primitive) {
            return 2;
        }
        if (v instanceof FunctionList) {
            long n = 5;
            for (K item : ((FunctionList) v).items()) {
                n += bodyLength(item);
            }
            return n;
        }
        if (v instanceof Derived) {
            return 1 + bodyLength(((Derived) v).function());
        }
        throw new IllegalArgumentException("type " + type + " cannot travel");
    }

    private static int messageLength(K value) {
        long length = MessageHeader.SIZE + bodyLength(value);
        if (length > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("limit: a message of " + length + " bytes exceeds 2 GB");
        }
        return (int) length;
    }

    private static void write(ByteBuffer out, int type, K value, int length) {
        out.order(ByteOrder.LITTLE_ENDIAN);
        out.put((byte) 1).put((byte) type).put((byte) 0).put((byte) 0).putInt(length);
        new Encoder(out).write(value.wireForm());
    }

    private void write(K value) {
        K v = value.wireForm();
        int type = v.type();
        out.put((byte) type);
        if (type < 0) {
            atom(v);
        } else if (type <= QType.TIME) {
            out.put((byte) ((KVector) v).attribute());
            out.putInt(v.count());
            items(v);
        } else if (v instanceof Table) {
            Table t = (Table) v;
            out.put((byte) t.attribute()).put((byte) QType.DICT);
            write(t.columns());
            out.put((byte) QType.LIST).put((byte) 0).putInt(t.data().length);
            for (K column : t.data()) {
                write(column);
            }
        } else if (v instanceof Dict) {
            write(((Dict) v).keys());
            write(((Dict) v).values());
        } else if (v instanceof Lambda) {
            symbol(((Lambda) v).context());
            String source = ((Lambda) v).source();
            out.put((byte) QType.CHAR).put((byte) 0).putInt(source.length());
            text(source);
        } else if (v instanceof Primitive) {
            out.put((byte) ((Primitive) v).code());
        } else if (v instanceof FunctionList) {
            K[] items = ((FunctionList) v).items();
            out.putInt(items.length);
            for (K item : items) {
                write(item);
            }
        } else {
            write(((Derived) v).function());
        }
    }

    private void atom(K v) {
        if (v instanceof ByteAtom) {
            out.put(((ByteAtom) v).value());
        } else if (v instanceof ShortAtom) {
            out.putShort(((ShortAtom) v).value());
        } else if (v instanceof IntAtom) {
            out.putInt(((IntAtom) v).value());
        } else if (v instanceof LongAtom) {
            out.putLong(((LongAtom) v).value());
        } else if (v instanceof RealAtom) {
            out.putFloat(((RealAtom) v).value());
        } else if (v instanceof FloatAtom) {
            out.putDouble(((FloatAtom) v).value());
        } else if (v instanceof SymbolAtom) {
            symbol(((SymbolAtom) v).value());
        } else if (v instanceof GuidAtom) {
            guid(((GuidAtom) v).value());
        } else {
            symbol(((KError) v).text());
        }
    }

    private void items(K v) {
        if (v instanceof KList) {
            for (K item : ((KList) v).items()) {
                write(item);
            }
        } else if (v instanceof ByteVector) {
            out.put(((ByteVector) v).items());
        } else if (v instanceof ShortVector) {
            short[] items = ((ShortVector) v).items();
            out.asShortBuffer().put(items);
            skip(2L * items.length);
        } else if (v instanceof IntVector) {
            int[] items = ((IntVector) v).items();
            out.asIntBuffer().put(items);
            skip(4L * items.length);
        } else if (v instanceof LongVector) {
            long[] items = ((LongVector) v).items();
            out.asLongBuffer().put(items);
            skip(8L * items.length);
        } else if (v instanceof RealVector) {
            float[] items = ((RealVector) v).items();
            out.asFloatBuffer().put(items);
            skip(4L * items.length);
        } else if (v instanceof FloatVector) {
            double[] items = ((FloatVector) v).items();
            out.asDoubleBuffer().put(items);
            skip(8L * items.length);
        } else if (v instanceof SymbolVector) {
            for (String s : ((SymbolVector) v).items()) {
                symbol(s);
            }
        } else {
            for (UUID g : ((GuidVector) v).items()) {
                guid(g);
            }
        }
    }

    private void symbol(String s) {
        text(s);
        out.put((byte) 0);
    }

    // Symbols and strings hold bytes: one ISO-8859-1 character per byte.
    private void text(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            out.put((byte) s.charAt(i));
        }
    }

    private void guid(UUID g) {
        ByteOrder order = out.order();
        out.order(ByteOrder.BIG_ENDIAN).putLong(g.getMostSignificantBits()).putLong(g.getLeastSignificantBits());
        out.order(order);
    }

    private void skip(long n) {
        out.position(out.position() + (int) n);
    }
}
