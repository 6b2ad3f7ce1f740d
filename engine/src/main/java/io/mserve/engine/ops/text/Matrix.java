package io.mserve.engine.ops.text;

import io.mserve.engine.QException;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.QType;

/** {@code x$y} on floats: the dot product of vectors, the product of matrices (lists of float rows), and the mixed forms, as {@code mmu}. */
final class Matrix {
    private Matrix() {}

    static K product(K x, K y) {
        boolean xv = x.type() == QType.FLOAT;
        boolean yv = y.type() == QType.FLOAT;
        double[][] b = yv ? null : rows(y);
        if (xv && yv) {
            return Q.f(dot(((FloatVector) x).items(), ((FloatVector) y).items()));
        }
        if (xv) {
            return new FloatVector(QType.FLOAT, times(((FloatVector) x).items(), b));
        }
        double[][] a = rows(x);
        if (yv) {
            double[] v = ((FloatVector) y).items();
            double[] out = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = dot(a[i], v);
            }
            return new FloatVector(QType.FLOAT, out);
        }
        K[] out = new K[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = new FloatVector(QType.FLOAT, times(a[i], b));
        }
        return new KList(out);
    }

    private static double[][] rows(K m) {
        if (!(m instanceof KList)) {
            throw QException.type();
        }
        K[] items = ((KList) m).items();
        double[][] out = new double[items.length][];
        for (int i = 0; i < items.length; i++) {
            if (items[i].type() != QType.FLOAT) {
                throw QException.type();
            }
            out[i] = ((FloatVector) items[i]).items();
            if (out[i].length != out[0].length) {
                throw QException.length();
            }
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        if (a.length != b.length) {
            throw QException.length();
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    // Row vector times matrix: sum over i of v[i] * row i.
    private static double[] times(double[] v, double[][] m) {
        if (v.length != m.length) {
            throw QException.length();
        }
        int cols = m.length == 0 ? 0 : m[0].length;
        double[] out = new double[cols];
        for (int i = 0; i < m.length; i++) {
            double vi = v[i];
            double[] row = m[i];
            for (int j = 0; j < cols; j++) {
                out[j] += vi * row[j];
            }
        }
        return out;
    }
}
