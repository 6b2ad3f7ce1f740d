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
final class QT {
    private QT() {}

    static final Builtins B = new Session().primitives();
    static final long NJ = QNull.LONG;
    static final long WJ = Long.MAX_VALUE;
    static final int NI = QNull.INT;
    static final double NF = QNull.FLOAT;
    static final double WF = Double.POSITIVE_INFINITY;

    static K dy(String f, K x, K y) {
        return B.get(f).dyad().apply(x, y);
    }

    static K mo(String f, K x) {
        return B.get(f).monad().apply(x);
    }

    static K j(long v) {
        return Q.j(v);
    }

    static K i(int v) {
        return Q.i(v);
    }

    static K f(double v) {
        return Q.f(v);
    }

    static K h(int v) {
        return new ShortAtom((short) v);
    }

    static K hs(int... v) {
        short[] a = new short[v.length];
        for (int k = 0; k < v.length; k++) {
            a[k] = (short) v[k];
        }
        return new ShortVector(a);
    }

    static K js(long... v) {
        return Q.longs(v);
    }

    static K is(int... v) {
        return Q.ints(v);
    }

    static K fs(double... v) {
        return Q.floats(v);
    }

    static K bs(String bits) {
        boolean[] b = new boolean[bits.length()];
        for (int k = 0; k < b.length; k++) {
            b[k] = bits.charAt(k) == '1';
        }
        return Q.bools(b);
    }

    static K l(K... items) {
        return Q.list(items);
    }

    static int days(String iso) {
        return (int) (LocalDate.parse(iso).toEpochDay() - LocalDate.of(2000, 1, 1).toEpochDay());
    }

    /** A date atom from ISO text. */
    static K d(String iso) {
        return new IntAtom(-QType.DATE, days(iso));
    }

    static K ds(String... iso) {
        int[] a = new int[iso.length];
        for (int k = 0; k < a.length; k++) {
            a[k] = days(iso[k]);
        }
        return new IntVector(QType.DATE, a);
    }

    static K typed(int type, long v) {
        return type == QType.TIMESTAMP || type == QType.TIMESPAN ? new LongAtom(-type, v) : new IntAtom(-type, (int) v);
    }

    static K longsOf(int type, long... v) {
        return new LongVector(type, v);
    }

    static double[] doubles(K v) {
        return ((FloatVector) v).items();
    }
}
