package io.mserve.engine.ops;

import io.mserve.engine.QException;
import io.mserve.engine.ops.arith.Types;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.QType;
import java.util.function.DoubleUnaryOperator;

/** Trigonometry and matrices: {@code sin cos tan asin acos atan}, {@code mmu inv}. Results are floats. */
public final class Numeric {
    private Numeric() {}

    static void register(Builtins b) {
        b.monad("sin", x -> each(x, Math::sin));
        b.monad("cos", x -> each(x, Math::cos));
        b.monad("tan", x -> each(x, Math::tan));
        b.monad("asin", x -> each(x, Math::asin));
        b.monad("acos", x -> each(x, Math::acos));
        b.monad("atan", x -> each(x, Math::atan));
        b.dyad("mmu", Numeric::mmu);
        b.monad("inv", Numeric::inv);
        b.dyad("lsq", Numeric::lsq);
    }

    private static K each(K x, DoubleUnaryOperator f) {
        if (x instanceof io.mserve.ipc.value.Dict) {
            io.mserve.ipc.value.Dict d = (io.mserve.ipc.value.Dict) x;
            return new io.mserve.ipc.value.Dict(d.keys(), each(d.values(), f));
        }
        if (x.type() < 0) {
            return new FloatAtom(-QType.FLOAT, f.applyAsDouble(doubles(x)[0]));
        }
        if (x instanceof KList) {
            K[] items = ((KList) x).items();
            K[] out = new K[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = each(items[i], f);
            }
            return new KList(out);
        }
        double[] v = doubles(x);
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = f.applyAsDouble(v[i]);
        }
        return new FloatVector(QType.FLOAT, out);
    }

    /** A numeric vector's items as doubles, nulls as NaN; {@code 'type} for anything else. */
    public static double[] doubles(K x) {
        if (!Types.isNumeric(x.type())) {
            throw QException.type();
        }
        return Types.doubles(x, QType.FLOAT);
    }

    private static double[][] matrix(K x) {
        if (!(x instanceof KList)) {
            throw QException.type();
        }
        K[] rows = ((KList) x).items();
        double[][] m = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            m[i] = doubles(rows[i]);
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

    private static K mmu(K x, K y) {
        boolean xv = !(x instanceof KList);
        boolean yv = !(y instanceof KList);
        double[][] a = xv ? new double[][] {doubles(x)} : matrix(x);
        double[][] b = yv ? column(doubles(y)) : matrix(y);
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
    private static K inv(K x) {
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
                    java.util.Arrays.fill(row, Double.NaN);
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
            out[i] = java.util.Arrays.copyOfRange(a[i], n, 2 * n);
        }
        return fromMatrix(out);
    }

    // x lsq y: the least-squares solution a of a mmu y = x, that is x mmu flip y mmu inv y mmu flip y.
    private static K lsq(K x, K y) {
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
}
