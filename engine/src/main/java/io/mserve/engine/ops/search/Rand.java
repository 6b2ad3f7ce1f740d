package io.mserve.engine.ops.search;

import io.mserve.engine.QException;
import io.mserve.engine.value.Gather;
import io.mserve.engine.value.Ints;
import io.mserve.engine.value.Lists;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.GuidVector;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QNull;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealAtom;
import io.mserve.ipc.value.RealVector;
import io.mserve.ipc.value.ShortAtom;
import io.mserve.ipc.value.ShortVector;
import io.mserve.ipc.value.SymbolAtom;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Symbols;
import io.mserve.ipc.value.Table;
import java.util.LinkedHashSet;
import java.util.SplittableRandom;
import java.util.UUID;

/** Roll, deal and permute ({@code n?y}, {@code -n?y}, {@code 0N?y}) from one session's generator. */
public final class Rand {
    /** q's default seed ({@code \S}). */
    public static final long DEFAULT_SEED = -314159;
    private static final String SYMBOL_CHARS = "abcdefghijklmnop";

    private final SplittableRandom random;

    /** Draws from {@code random}, the session's generator. */
    public Rand(SplittableRandom random) {
        this.random = random;
    }

    /** {@code x?y} where x is an int atom. */
    public K roll(K x, K y) {
        long n = Ints.atom(x);
        if (n == QNull.LONG) {
            if (Ints.isAtom(y)) {
                return deal(Ints.atom(y), y, Ints.atom(y));
            }
            return deal(y.count(), y, y.count());
        }
        int m = Ints.count(Math.abs(n));
        if (Lists.isList(y) || y instanceof Table) {
            if (n < 0) {
                return deal(m, y, y.count());
            }
            int c = y.count();
            if (c == 0) {
                throw QException.length();
            }
            int[] idx = new int[m];
            for (int i = 0; i < m; i++) {
                idx[i] = random.nextInt(c);
            }
            return Gather.at(y, idx);
        }
        if (n < 0) {
            if (y instanceof SymbolAtom s) {
                return dealSymbols(m, s);
            }
            if (y.type() == -QType.GUID) {
                return guids(m);
            }
            return deal(m, y, Ints.atom(y));
        }
        return atoms(m, y);
    }

    // |n| distinct items of til r, typed like y (or items of list y)
    private K deal(long n, K y, long r) {
        if (n > r || r < 0) {
            throw QException.length();
        }
        int m = Ints.count(n);
        long[] pick = new long[m];
        if (r <= Math.max(1 << 16, 4L * m)) {
            int[] perm = Gather.iota(Ints.count(r));
            for (int i = 0; i < m; i++) {
                int j = i + random.nextInt(perm.length - i);
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
                pick[i] = perm[i];
            }
        } else {
            Groups.LongHash seen = new Groups.LongHash(m);
            for (int i = 0; i < m; ) {
                long v = random.nextLong(r);
                if (seen.get(v) < 0) {
                    seen.add(v, i);
                    pick[i++] = v;
                }
            }
        }
        if (y.type() >= 0) {
            return Gather.at(y, Ints.toInts(pick));
        }
        return typed(y, pick);
    }

    private static K typed(K y, long[] v) {
        if (y instanceof LongAtom) {
            return new LongVector(-y.type(), v);
        }
        if (y instanceof IntAtom) {
            int[] r = new int[v.length];
            for (int i = 0; i < v.length; i++) {
                r[i] = (int) v[i];
            }
            return new IntVector(-y.type(), r);
        }
        if (y instanceof ShortAtom) {
            short[] r = new short[v.length];
            for (int i = 0; i < v.length; i++) {
                r[i] = (short) v[i];
            }
            return new ShortVector(r);
        }
        throw QException.type();
    }

    private K atoms(int m, K y) {
        if (y instanceof LongAtom a) {
            long[] r = new long[m];
            for (int i = 0; i < m; i++) {
                r[i] = a.value() == 0 ? random.nextLong() : random.nextLong(positive(a.value()));
            }
            return new LongVector(-y.type(), r);
        }
        if (y instanceof IntAtom a) {
            int[] r = new int[m];
            for (int i = 0; i < m; i++) {
                r[i] = a.value() == 0 ? random.nextInt() : random.nextInt((int) positive(a.value()));
            }
            return new IntVector(-y.type(), r);
        }
        if (y instanceof ShortAtom a) {
            short[] r = new short[m];
            for (int i = 0; i < m; i++) {
                r[i] = (short) random.nextInt((int) positive(a.value()));
            }
            return new ShortVector(r);
        }
        if (y instanceof FloatAtom a) {
            double[] r = new double[m];
            for (int i = 0; i < m; i++) {
                r[i] = random.nextDouble() * a.value();
            }
            return new FloatVector(-y.type(), r);
        }
        if (y instanceof RealAtom a) {
            float[] r = new float[m];
            for (int i = 0; i < m; i++) {
                r[i] = (float) (random.nextDouble() * a.value());
            }
            return new RealVector(r);
        }
        if (y instanceof SymbolAtom s) {
            int len = symbolLength(s);
            String[] r = new String[m];
            for (int i = 0; i < m; i++) {
                r[i] = randomSymbol(len);
            }
            return new SymbolVector(r);
        }
        if (y.type() == -QType.GUID) {
            return guids(m);
        }
        byte[] r = new byte[m];
        switch (-y.type()) {
            case QType.BOOLEAN:
                for (int i = 0; i < m; i++) {
                    r[i] = (byte) random.nextInt(2);
                }
                break;
            case QType.BYTE:
                for (int i = 0; i < m; i++) {
                    r[i] = (byte) random.nextInt(256);
                }
                break;
            case QType.CHAR:
                for (int i = 0; i < m; i++) {
                    r[i] = (byte) ('a' + random.nextInt(26));
                }
                break;
            default:
                throw QException.type();
        }
        return new ByteVector(-y.type(), r);
    }

    private static long positive(long v) {
        if (v <= 0 || v == QNull.LONG_INF) {
            throw QException.domain();
        }
        return v;
    }

    private static int symbolLength(SymbolAtom s) {
        String v = s.value();
        if (v.length() != 1 || v.charAt(0) < '1' || v.charAt(0) > '8') {
            throw QException.type();
        }
        return v.charAt(0) - '0';
    }

    private String randomSymbol(int len) {
        char[] c = new char[len];
        for (int k = 0; k < len; k++) {
            c[k] = SYMBOL_CHARS.charAt(random.nextInt(SYMBOL_CHARS.length()));
        }
        return Symbols.intern(new String(c));
    }

    private K dealSymbols(int m, SymbolAtom s) {
        int len = symbolLength(s);
        if (len < 6 && m > Math.pow(SYMBOL_CHARS.length(), len)) {
            throw QException.length();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        while (out.size() < m) {
            out.add(randomSymbol(len));
        }
        return new SymbolVector(out.toArray(new String[0]));
    }

    private K guids(int m) {
        UUID[] r = new UUID[m];
        for (int i = 0; i < m; i++) {
            r[i] = new UUID(random.nextLong(), random.nextLong());
        }
        return new GuidVector(r);
    }
}
