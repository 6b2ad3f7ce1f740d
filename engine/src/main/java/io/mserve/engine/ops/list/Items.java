package io.mserve.engine.ops.list;

import io.mserve.engine.QException;
import io.mserve.engine.value.Gather;
import io.mserve.engine.value.Ints;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.ByteAtom;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.Table;

/** A list's items as a whole: {@code count first last reverse til where}. */
public final class Items {
    private Items() {}

    public static K count(K x) {
        return Q.j(x.count());
    }

    public static K first(K x) {
        return end(x, true);
    }

    public static K last(K x) {
        return end(x, false);
    }

    private static K end(K x, boolean first) {
        if (x instanceof Dict d) {
            return end(d.values(), first);
        }
        if (Lists.isList(x) || x instanceof Table) {
            int n = x.count();
            return Lists.index(x, n == 0 ? 0 : first ? 0 : n - 1);
        }
        return x;
    }

    public static K reverse(K x) {
        if (x.type() < 0 || !(Lists.isList(x) || x instanceof Table || x instanceof Dict)) {
            return x;
        }
        int n = x.count();
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = n - 1 - i;
        }
        return Gather.at(x, idx);
    }

    /** {@code til n}. */
    public static K til(K x) {
        long n = x.type() == -QType.BOOLEAN ? ((ByteAtom) x).value() : Ints.atom(x);
        if (n < 0) {
            throw QException.domain();
        }
        long[] r = new long[Ints.count(n)];
        for (int i = 0; i < r.length; i++) {
            r[i] = i;
        }
        return new LongVector(QType.LONG, r);
    }

    /** {@code where x}: indices of true booleans; index i repeated x[i] times; a dictionary's keys. */
    public static K where(K x) {
        if (x instanceof Dict d) {
            return Gather.at(d.keys(), Ints.toInts(((LongVector) where(d.values())).items()));
        }
        if (x.type() == -QType.BOOLEAN || Ints.isAtom(x)) {
            return where(Join.enlist(x));
        }
        if (Ints.isBool(x)) {
            byte[] b = ((ByteVector) x).items();
            int n = 0;
            for (byte v : b) {
                n += v;
            }
            long[] r = new long[n];
            int p = 0;
            for (int i = 0; i < b.length; i++) {
                if (b[i] != 0) {
                    r[p++] = i;
                }
            }
            return new LongVector(QType.LONG, r);
        }
        if (Ints.isVector(x)) {
            long[] c = Ints.vector(x);
            long total = 0;
            for (long v : c) {
                if (v < 0) {
                    throw QException.domain();
                }
                total += v;
            }
            long[] r = new long[Ints.count(total)];
            int p = 0;
            for (int i = 0; i < c.length; i++) {
                for (long k = c[i]; k > 0; k--) {
                    r[p++] = i;
                }
            }
            return new LongVector(QType.LONG, r);
        }
        if (x instanceof KList l && l.count() == 0) {
            return new LongVector(QType.LONG, new long[0]);
        }
        throw QException.type();
    }
}
