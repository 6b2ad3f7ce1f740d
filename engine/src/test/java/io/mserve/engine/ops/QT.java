package io.mserve.engine.ops;

import io.mserve.engine.session.Session;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.ShortAtom;
import io.mserve.ipc.value.ShortVector;
import java.time.LocalDate;

/** Test helpers: calling primitives by name and building q values tersely. */
public final class QT {
    private QT() {}

    public static final Builtins B = new Session().primitives();
    public static final long NJ = QNull.LONG;
    public static final long WJ = Long.MAX_VALUE;
    public static final int NI = QNull.INT;
    public static final double NF = QNull.FLOAT;
    public static final double WF = Double.POSITIVE_INFINITY;

    public static K dy(String f, K x, K y) {
        return B.get(f).dyad().apply(x, y);
    }

    public static K mo(String f, K x) {
        return B.get(f).monad().apply(x);
    }

    public static K j(long v) {
        return Q.j(v);
    }

    public static K i(int v) {
        return Q.i(v);
    }

    public static K f(double v) {
        return Q.f(v);
    }

    public static K h(int v) {
        return new ShortAtom((short) v);
    }

    public static K hs(int... v) {
        short[] a = new short[v.length];
        for (int k = 0; k < v.length; k++) {
            a[k] = (short) v[k];
        }
        return new ShortVector(a);
    }

    public static K js(long... v) {
        return Q.longs(v);
    }

    public static K is(int... v) {
        return Q.ints(v);
    }

    public static K fs(double... v) {
        return Q.floats(v);
    }

    public static K bs(String bits) {
        boolean[] b = new boolean[bits.length()];
        for (int k = 0; k < b.length; k++) {
            b[k] = bits.charAt(k) == '1';
        }
        return Q.bools(b);
    }

    public static K l(K... items) {
        return Q.list(items);
    }

    public static int days(String iso) {
        return (int) (LocalDate.parse(iso).toEpochDay() - LocalDate.of(2000, 1, 1).toEpochDay());
    }

    /** A date atom from ISO text. */
    public static K d(String iso) {
        return new IntAtom(-QType.DATE, days(iso));
    }

    public static K ds(String... iso) {
        int[] a = new int[iso.length];
        for (int k = 0; k < a.length; k++) {
            a[k] = days(iso[k]);
        }
        return new IntVector(QType.DATE, a);
    }

    public static K typed(int type, long v) {
        return type == QType.TIMESTAMP || type == QType.TIMESPAN ? new LongAtom(-type, v) : new IntAtom(-type, (int) v);
    }

    public static K longsOf(int type, long... v) {
        return new LongVector(type, v);
    }

    public static double[] doubles(K v) {
        return ((FloatVector) v).items();
    }
}
