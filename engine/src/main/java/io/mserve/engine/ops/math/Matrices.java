package io.mserve.engine.ops.math;

import io.mserve.engine.QException;
import io.mserve.engine.ops.arith.Types;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.QType;
import java.util.Arrays;

/** Matrices of floats: {@code mmu inv lsq}, and {@code x$y} of float vectors and matrices (the dot and matrix products). */
public final class Matrices {
    private Matrices() {}

    private static double[][] matrix(K x) {
        if (!(x instanceof KList)) {
            throw QException.type();
        }
        K[] rows = ((KList) x).items();
        double[][] m = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            m[i] = Types.doubles(rows[i]);
            if (m[i].length != m[0].length) {
                throw QException.length();
            }
        }
        return m;
    }

    private static K fromMatrix(double[][] m) {
        K[] rows = new K[m.length];
        for (int i = 0; i < m.length; i++) {
            rows[i] = new FloatVector(QType.FLOAT, m[i]);
        }
        return new KList(rows);
    }

    public static K mmu(K x, K y) {
        boolean xv = !(x instanceof KList);
        boolean yv = !(y instanceof KList);
        double[][] a = xv ? new double[][] {Types.doubles(x)} : matrix(x);
        double[][] b = yv ? column(Types.doubles(y)) : matrix(y);
        if (a.length == 0 || a[0].length != b.length) {
            throw QException.length();
        }
        int cols = b.length == 0 ? 0 : b[0].length;
        double[][] c = new double[a.length][cols];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < b.length; k++) {
                double aik = a[i][k];
                for (int j = 0; j < cols; j++) {
                    c[i][j] += aik * b[k][j];
                }
            }
        }
        if (xv && yv) {
            return new FloatAtom(-QType.FLOAT, c[0][0]);
        }
        if (yv) {
            double[] v = new double[c.length];
            for (int i = 0; i < c.length; i++) {
                v[i] = c[i][0];
            }
            return new FloatVector(QType.FLOAT, v);
        }
        return xv ? new FloatVector(QType.FLOAT, c[0]) : fromMatrix(c);
    }

    private static double[][] column(double[] v) {
        double[][] m = new double[v.length][1];
        for (int i = 0; i < v.length; i++) {
            m[i][0] = v[i];
        }
        return m;
    }

    // Gauss-Jordan elimination with partial pivoting; a singular matrix gives nulls, as q does.
    public static K inv(K x) {
        double[][] m = matrix(x);
        int n = m.length;
        if (n > 0 && m[0].length != n) {
            throw QException.length();
        }
        double[][] a = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], 0, a[i], 0, n);
            a[i][n + i] = 1;
        }
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
                    p = r;
                }
            }
            if (Math.abs(a[p][c]) < 1e-300) {
                double[][] nulls = new double[n][n];
                for (double[] row : nulls) {
                    Arrays.fill(row, Double.NaN);
                }
                return fromMatrix(nulls);
            }
            double[] t = a[c];
            a[c] = a[p];
            a[p] = t;
            double d = a[c][c];
            for (int j = 0; j < 2 * n; j++) {
                a[c][j] /= d;
            }
            for (int r = 0; r < n; r++) {
                if (r != c && a[r][c] != 0) {
                    double f = a[r][c];
                    for (int j = 0; j < 2 * n; j++) {
                        a[r][j] -= f * a[c][j];
                    }
                }
            }
        }
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = Arrays.copyOfRange(a[i], n, 2 * n);
        }
        return fromMatrix(out);
    }

    // x lsq y: the least-squares solution a of a mmu y = x, that is x mmu flip y mmu inv y mmu flip y.
    public static K lsq(K x, K y) {
        K yt = fromMatrix(transpose(matrix(y)));
        return mmu(mmu(x, yt), inv(mmu(y, yt)));
    }

    private static double[][] transpose(double[][] m) {
        int rows = m.length;
        int cols = rows == 0 ? 0 : m[0].length;
        double[][] t = new double[cols][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
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

    public static K product(K x, K y) {
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
}
