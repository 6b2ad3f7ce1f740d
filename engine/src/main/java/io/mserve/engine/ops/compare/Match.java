package io.mserve.engine.ops.compare;

import io.mserve.engine.QException;
import io.mserve.engine.ops.sort.SortKeys;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Derived;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.FunctionList;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealAtom;
import io.mserve.ipc.value.RealVector;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Table;

/**
 * {@code x~y}: whether two values are identical — same type, same count, same items, deeply
 * for general lists, dictionaries and tables. Attributes do not matter; floats compare with
 * q's {@link Tolerance} and nulls match nulls. {@code differ} is its each-prior.
 */
public final class Match {
    private Match() {}

    public static boolean match(K x, K y) {
        if (x == y) {
            return true;
        }
        if (x instanceof Dict a && y instanceof Dict b) {
            // a sorted dictionary (type 127) matches the same dictionary unsorted (ref/apply.md)
            return match(a.keys(), b.keys()) && match(a.values(), b.values());
        }
        if (x.type() != y.type()) {
            return false;
        }
        if (x instanceof FloatAtom) {
            return Tolerance.equal(((FloatAtom) x).value(), ((FloatAtom) y).value());
        }
        if (x instanceof RealAtom) {
            return Tolerance.equal(((RealAtom) x).value(), ((RealAtom) y).value());
        }
        if (x instanceof Table) {
            Table a = (Table) x;
            Table b = (Table) y;
            if (!a.columns().equals(b.columns().withAttribute(a.columns().attribute()))) {
                return false;
            }
            for (int c = 0; c < a.data().length; c++) {
                if (!match(a.data()[c], b.data()[c])) {
                    return false;
                }
            }
            return true;
        }
        if (x instanceof KVector) {
            return vectors((KVector) x, (KVector) y);
        }
        if (QType.isFunction(x.type())) {
            return functions(x.wireForm(), y.wireForm());
        }
        return x.equals(y);
    }

    // Functions match when they travel alike: {x+y}~{x+y}, and a lambda matches itself sent and received.
    private static boolean functions(K x, K y) {
        if (x instanceof FunctionList a && y instanceof FunctionList b) {
            if (a.type() != b.type() || a.items().length != b.items().length) {
                return false;
            }
            for (int i = 0; i < a.items().length; i++) {
                if (!match(a.items()[i], b.items()[i])) {
                    return false;
                }
            }
            return true;
        }
        if (x instanceof Derived a && y instanceof Derived b) {
            return a.type() == b.type() && match(a.function(), b.function());
        }
        return x.equals(y);
    }

    private static boolean vectors(KVector x, KVector y) {
        if (x.count() != y.count()) {
            return false;
        }
        if (x instanceof KList) {
            K[] a = ((KList) x).items();
            K[] b = ((KList) y).items();
            for (int i = 0; i < a.length; i++) {
                if (!match(a[i], b[i])) {
                    return false;
                }
            }
            return true;
        }
        if (x instanceof FloatVector) {
            double[] a = ((FloatVector) x).items();
            double[] b = ((FloatVector) y).items();
            for (int i = 0; i < a.length; i++) {
                if (!Tolerance.equal(a[i], b[i])) {
                    return false;
                }
            }
            return true;
        }
        if (x instanceof RealVector) {
            float[] a = ((RealVector) x).items();
            float[] b = ((RealVector) y).items();
            for (int i = 0; i < a.length; i++) {
                if (!Tolerance.equal(a[i], b[i])) {
                    return false;
                }
            }
            return true;
        }
        return x.withAttribute(y.attribute()).equals(y);
    }

    /** {@code differ x}: whether each item differs from the one before (the first always does). */
    /** {@code differ x}: whether each item fails to match ({@code ~}) the one before; the first always does. */
    public static K differ(K x) {
        if (x instanceof Dict d) {
            return new Dict(d.keys(), differ(d.values()));
        }
        if (x.type() < 0) {
            return Q.TRUE;
        }
        if (!Lists.isList(x)) {
            throw QException.type();
        }
        int n = x.count();
        byte[] r = new byte[n];
        if (n > 0) {
            r[0] = 1;
        }
        long[] k = x instanceof FloatVector || x instanceof RealVector ? null : SortKeys.of(x);
        if (x instanceof FloatVector v) {
            double[] a = v.items();
            for (int i = 1; i < n; i++) {
                r[i] = (byte) (Tolerance.equal(a[i], a[i - 1]) ? 0 : 1);
            }
        } else if (x instanceof RealVector v) {
            float[] a = v.items();
            for (int i = 1; i < n; i++) {
                r[i] = (byte) (Tolerance.equal(a[i], a[i - 1]) ? 0 : 1);
            }
        } else if (k != null) {
            for (int i = 1; i < n; i++) {
                r[i] = (byte) (k[i] != k[i - 1] ? 1 : 0);
            }
        } else if (x instanceof SymbolVector s) {
            String[] a = s.items();
            for (int i = 1; i < n; i++) {
                r[i] = (byte) (!a[i].equals(a[i - 1]) ? 1 : 0);
            }
        } else {
            for (int i = 1; i < n; i++) {
                r[i] = (byte) (match(Lists.at(x, i), Lists.at(x, i - 1)) ? 0 : 1);
            }
        }
        return new ByteVector(QType.BOOLEAN, r);
    }
}
