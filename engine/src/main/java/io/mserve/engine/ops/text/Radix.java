package io.mserve.engine.ops.text;

import io.mserve.engine.QException;
import io.mserve.engine.ops.cast.Cast;
import io.mserve.engine.value.Lists;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import java.util.Arrays;
import java.util.stream.LongStream;

/** Numbers in a base or mixed radix: {@code 10 vs 1995}, {@code 24 60 60 vs 3805}, {@code 10 sv 1 9 9 5}. */
final class Radix {
    private Radix() {}

    /**
     * {@code x vs y}: the digits of {@code y} in base {@code x} (an atom: as many as needed; a
     * list: one per item, mixed radix). For a list {@code y}, digit {@code i} of every item forms row {@code i}.
     */
    static K encode(K x, K y) {
        if (y instanceof KList l) {
            return encodeNested(x, l);
        }
        int yt = Math.abs(y.type());
        if (!isIntegral(x.type()) || !isIntegral(yt)) {
            throw QException.type();
        }
        long[] radix = Cast.longs(x);
        long[] v = Cast.longs(y);
        int digits;
        if (x.isAtom()) {
            if (radix[0] < 2) {
                throw QException.domain();
            }
            v = unsigned(v, yt);
            digits = 0;
            for (long a : v) {
                int d = 0;
                for (long r = a; r != 0; r /= radix[0]) {
                    d++;
                }
                digits = Math.max(digits, d);
            }
            radix = new long[digits];
            Arrays.fill(radix, Cast.longs(x)[0]);
        } else {
            digits = radix.length;
        }
        long[][] rows = new long[digits][v.length];
        for (int j = 0; j < v.length; j++) {
            long r = v[j];
            for (int i = digits - 1; i >= 0; i--) {
                long b = radix[i];
                if (b == 0) {
                    rows[i][j] = r;
                    r = 0;
                } else {
                    rows[i][j] = Math.floorMod(r, b);
                    r = Math.floorDiv(r, b);
                }
            }
        }
        int out = yt;
        if (y.isAtom()) {
            long[] col = new long[digits];
            for (int i = 0; i < digits; i++) {
                col[i] = rows[i][0];
            }
            return Cast.fromLongs(out, col);
        }
        K[] result = new K[digits];
        for (int i = 0; i < digits; i++) {
            result[i] = Cast.fromLongs(out, rows[i]);
        }
        return new KList(result);
    }

    // Each digit's item has y's structure: 10 vs (1995;1996 1997) is ((1;1 1);(9;9 9);(9;9 9);(5;6 7)) (ref/vs.md).
    private static K encodeNested(K x, KList y) {
        LongStream.Builder flat = LongStream.builder();
        flatten(y, flat);
        K[] rows = ((KList) encode(x, new LongVector(QType.LONG, flat.build().toArray()))).items();
        K[] out = new K[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = shaped(y, ((LongVector) rows[i]).items(), new int[1]);
        }
        return new KList(out);
    }

    private static void flatten(K y, LongStream.Builder into) {
        if (y instanceof KList l) {
            for (K item : l.items()) {
                flatten(item, into);
            }
            return;
        }
        if (!isIntegral(y.type())) {
            throw QException.type();
        }
        for (long v : Cast.longs(y)) {
            into.add(v);
        }
    }

    // The digits at pos.. laid out as y is, each leaf keeping its type.
    private static K shaped(K y, long[] digits, int[] pos) {
        if (y instanceof KList l) {
            K[] items = new K[l.count()];
            for (int i = 0; i < items.length; i++) {
                items[i] = shaped(l.items()[i], digits, pos);
            }
            return new KList(items);
        }
        int n = y.isAtom() ? 1 : y.count();
        K leaf = Cast.fromLongs(Math.abs(y.type()), Arrays.copyOfRange(digits, pos[0], pos[0] + n));
        pos[0] += n;
        return y.isAtom() ? Lists.at(leaf, 0) : leaf;
    }

    // In a single base, negative shorts and ints count as their unsigned bits (256 vs an IP address as int).
    private static long[] unsigned(long[] v, int type) {
        long[] out = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            long a = v[i] == QNull.LONG ? 0 : v[i];
            if (a < 0) {
                if (type == QType.LONG) {
                    throw QException.nyi();
                }
                a += type == QType.INT ? 1L << 32 : 1L << 16;
            }
            out[i] = a;
        }
        return out;
    }

    /** {@code x sv y}: the number whose digits in base {@code x} are {@code y}; items of {@code y} may be lists, giving a list. */
    static K decode(K x, K y) {
        if (!isNumeric(x.type()) || !(Lists.isList(y))) {
            throw QException.type();
        }
        K[] rows = Lists.items(y);
        if (!x.isAtom() && x.count() != rows.length) {
            throw QException.length();
        }
        boolean floating = Cast.isFloating(Math.abs(x.type()));
        int width = 1;
        boolean atoms = true;
        for (K r : rows) {
            if (!isNumeric(r.type())) {
                throw QException.type();
            }
            floating |= Cast.isFloating(Math.abs(r.type()));
            if (!r.isAtom()) {
                if (!atoms && r.count() != width) {
                    throw QException.length();
                }
                width = r.count();
                atoms = false;
            }
        }
        double[] radixF = floating ? asDoubles(x) : null;
        long[] radixL = floating ? null : Cast.longs(x);
        double[] accF = new double[width];
        long[] accL = new long[width];
        for (int i = 0; i < rows.length; i++) {
            int k = x.isAtom() ? 0 : i;
            if (floating) {
                double[] d = asDoubles(rows[i]);
                for (int j = 0; j < width; j++) {
                    accF[j] = accF[j] * radixF[k] + d[d.length == 1 ? 0 : j];
                }
            } else {
                long[] d = Cast.longs(rows[i]);
                for (int j = 0; j < width; j++) {
                    accL[j] = accL[j] * radixL[k] + d[d.length == 1 ? 0 : j];
                }
            }
        }
        K out = floating ? Cast.fromDoubles(QType.FLOAT, accF) : Cast.fromLongs(QType.LONG, accL);
        return atoms ? Lists.at(out, 0) : out;
    }

    private static double[] asDoubles(K v) {
        if (Cast.isFloating(Math.abs(v.type()))) {
            return Cast.doubles(v);
        }
        long[] l = Cast.longs(v);
        double[] out = new double[l.length];
        for (int i = 0; i < l.length; i++) {
            out[i] = l[i];
        }
        return out;
    }

    private static boolean isIntegral(int type) {
        int t = Math.abs(type);
        return t == QType.SHORT || t == QType.INT || t == QType.LONG;
    }

    private static boolean isNumeric(int type) {
        int t = Math.abs(type);
        return t == QType.BOOLEAN || t == QType.BYTE || (t >= QType.SHORT && t <= QType.FLOAT);
    }
}
