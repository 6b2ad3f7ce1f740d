package io.mserve.engine.value;

import io.mserve.engine.QException;
import io.mserve.ipc.value.ByteAtom;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.GuidAtom;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.Primitive;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealAtom;
import io.mserve.ipc.value.ShortAtom;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Symbols;
import io.mserve.ipc.value.Table;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Short factories for q values, named by q's type letters: {@code Q.j(1)} is {@code 1}, {@code Q.s("a")} is {@code `a}. */
public final class Q {
    private Q() {}

    /** The generic null {@code ::}. */
    public static final K NIL = Primitive.IDENTITY;

    public static final ByteAtom TRUE = new ByteAtom(-QType.BOOLEAN, (byte) 1);
    public static final ByteAtom FALSE = new ByteAtom(-QType.BOOLEAN, (byte) 0);

    public static ByteAtom b(boolean v) {
        return v ? TRUE : FALSE;
    }

    public static GuidAtom g(UUID v) {
        return new GuidAtom(v);
    }

    public static ByteAtom x(int v) {
        return new ByteAtom(-QType.BYTE, (byte) v);
    }

    public static ShortAtom h(short v) {
        return new ShortAtom(v);
    }

    public static IntAtom i(int v) {
        return new IntAtom(-QType.INT, v);
    }

    public static LongAtom j(long v) {
        return new LongAtom(-QType.LONG, v);
    }

    public static RealAtom e(float v) {
        return new RealAtom(v);
    }

    public static FloatAtom f(double v) {
        return new FloatAtom(-QType.FLOAT, v);
    }

    public static ByteAtom c(char v) {
        return new ByteAtom(-QType.CHAR, (byte) v);
    }

    public static SymbolAtom s(String v) {
        return new SymbolAtom(Symbols.intern(v));
    }

    /** An atom of one of the int-based types: int, month, date, minute, second, time ({@code type} negative). */
    public static IntAtom intAtom(int type, int v) {
        return new IntAtom(type, v);
    }

    /** An atom of one of the long-based types: long, timestamp, timespan ({@code type} negative). */
    public static LongAtom longAtom(int type, long v) {
        return new LongAtom(type, v);
    }

    public static ByteVector bools(boolean... v) {
        byte[] items = new byte[v.length];
        for (int k = 0; k < v.length; k++) {
            items[k] = (byte) (v[k] ? 1 : 0);
        }
        return new ByteVector(QType.BOOLEAN, items);
    }

    /** A string: a char vector. */
    public static ByteVector str(String v) {
        return new ByteVector(QType.CHAR, v.getBytes(StandardCharsets.ISO_8859_1));
    }

    public static LongVector longs(long... v) {
        return new LongVector(QType.LONG, v);
    }

    public static IntVector ints(int... v) {
        return new IntVector(QType.INT, v);
    }

    public static FloatVector floats(double... v) {
        return new FloatVector(QType.FLOAT, v);
    }

    public static SymbolVector syms(String... v) {
        String[] items = new String[v.length];
        for (int k = 0; k < v.length; k++) {
            items[k] = Symbols.intern(v[k]);
        }
        return new SymbolVector(items);
    }

    public static KList list(K... items) {
        return new KList(items);
    }

    public static Dict dict(K keys, K values) {
        return new Dict(keys, values);
    }

    public static Table table(String[] columns, K... data) {
        return new Table(syms(columns), data);
    }

    /** The text of a string (char vector) or char atom; {@code 'type} otherwise. */
    public static String text(K v) {
        if (v instanceof ByteVector && v.type() == QType.CHAR) {
            return new String(((ByteVector) v).items(), StandardCharsets.ISO_8859_1);
        }
        if (v instanceof ByteAtom && v.type() == -QType.CHAR) {
            return String.valueOf((char) (((ByteAtom) v).value() & 0xFF));
        }
        throw QException.type();
    }
}
