package io.mserve.engine.ops.arith;

import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.KVector;
import io.mserve.ipc.value.RealAtom;
import io.mserve.ipc.value.RealVector;
import io.mserve.ipc.value.Table;

/**
 * {@code x~y}: whether two values are identical — same type, same count, same items, deeply
 * for general lists, dictionaries and tables. Attributes do not matter; floats compare with
 * q's tolerance and nulls match nulls.
 */
public final class Match {
    private Match() {}

    public static boolean match(K x, K y) {
        if (x == y) {
            return true;
        }
        if (x.type() != y.type()) {
            return false;
        }
        if (x instanceof FloatAtom) {
            return Cmp.feq(((FloatAtom) x).value(), ((FloatAtom) y).value());
        }
        if (x instanceof RealAtom) {
            return Cmp.feq(((RealAtom) x).value(), ((RealAtom) y).value());
        }
        if (x instanceof Dict) {
            Dict a = (Dict) x;
            Dict b = (Dict) y;
            return match(a.keys(), b.keys()) && match(a.values(), b.values());
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
                if (!Cmp.feq(a[i], b[i])) {
                    return false;
                }
            }
            return true;
        }
        if (x instanceof RealVector) {
            float[] a = ((RealVector) x).items();
            float[] b = ((RealVector) y).items();
            for (int i = 0; i < a.length; i++) {
                if (!Cmp.feq(a[i], b[i])) {
                    return false;
                }
            }
            return true;
        }
        return x.withAttribute(y.attribute()).equals(y);
    }
}
