package io.mserve.engine.ops.text;

import io.mserve.engine.QException;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.ByteAtom;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.GuidAtom;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealAtom;
import io.mserve.ipc.value.ShortAtom;
import java.util.UUID;

/** A number's bits ({@code 0b vs x}, {@code 0b sv x}) and bytes ({@code 0x0 vs x}, {@code 0x0 sv x}), most significant first. */
final class Bits {
    private Bits() {}

    /** {@code 0x0 vs y}: the big-endian bytes of a number; each item's for a list. */
    static K bytes(K y) {
        if (!y.isAtom()) {
            return each(y, true);
        }
        byte[] b = raw(y);
        return new ByteVector(QType.BYTE, b);
    }

    /** {@code 0b vs y}: the bits of an integer or guid; each item's for a list. */
    static K bits(K y) {
        if (!y.isAtom()) {
            return each(y, false);
        }
        if (y.type() == -QType.REAL || y.type() == -QType.FLOAT) {
            throw QException.type();
        }
        byte[] b = raw(y);
        byte[] out = new byte[b.length * 8];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) ((b[i >> 3] >> (7 - (i & 7))) & 1);
        }
        return new ByteVector(QType.BOOLEAN, out);
    }

    private static K each(K y, boolean bytes) {
        if (!Lists.isList(y)) {
            throw QException.type();
        }
        K[] items = Lists.items(y);
        K[] out = new K[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = bytes ? bytes(items[i]) : bits(items[i]);
        }
        return new KList(out);
    }

    private static byte[] raw(K y) {
        long v;
        int width;
        if (y instanceof ByteAtom) {
            v = ((ByteAtom) y).value();
            width = 1;
        } else if (y instanceof ShortAtom) {
            v = ((ShortAtom) y).value();
            width = 2;
        } else if (y instanceof IntAtom) {
            v = ((IntAtom) y).value();
            width = 4;
        } else if (y instanceof LongAtom) {
            v = ((LongAtom) y).value();
            width = 8;
        } else if (y instanceof RealAtom) {
            v = Float.floatToRawIntBits(((RealAtom) y).value());
            width = 4;
        } else if (y instanceof FloatAtom) {
            v = Double.doubleToRawLongBits(((FloatAtom) y).value());
            width = 8;
        } else if (y instanceof GuidAtom) {
            UUID u = ((GuidAtom) y).value();
            byte[] out = new byte[16];
            put(out, 0, u.getMostSignificantBits(), 8);
            put(out, 8, u.getLeastSignificantBits(), 8);
            return out;
        } else {
            throw QException.type();
        }
        byte[] out = new byte[width];
        put(out, 0, v, width);
        return out;
    }

    private static void put(byte[] out, int at, long v, int width) {
        for (int i = 0; i < width; i++) {
            out[at + i] = (byte) (v >>> (8 * (width - 1 - i)));
        }
    }

    /** {@code 0x0 sv y}: 2, 4 or 8 bytes as a short, int or long. */
    static K fromBytes(byte[] b) {
        long v = 0;
        for (byte x : b) {
            v = v << 8 | (x & 0xFF);
        }
        switch (b.length) {
            case 2: return Q.h((short) v);
            case 4: return Q.i((int) v);
            case 8: return Q.j(v);
            default: throw QException.length();
        }
    }

    /** {@code 0b sv y}: 8, 16, 32, 64 or 128 bits as a byte, short, int, long or guid. */
    static K fromBits(byte[] bits) {
        int n = bits.length;
        if (n != 8 && n != 16 && n != 32 && n != 64 && n != 128) {
            throw QException.length();
        }
        byte[] b = new byte[n / 8];
        for (int i = 0; i < n; i++) {
            b[i >> 3] |= (byte) ((bits[i] & 1) << (7 - (i & 7)));
        }
        if (n == 8) {
            return Q.x(b[0]);
        }
        if (n == 128) {
            long hi = 0;
            long lo = 0;
            for (int i = 0; i < 8; i++) {
                hi = hi << 8 | (b[i] & 0xFF);
                lo = lo << 8 | (b[8 + i] & 0xFF);
            }
            return Q.g(new UUID(hi, lo));
        }
        return fromBytes(b);
    }
}
