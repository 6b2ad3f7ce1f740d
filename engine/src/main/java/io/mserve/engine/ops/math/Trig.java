package io.mserve.engine.ops.math;

import io.mserve.engine.ops.arith.Types;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.QType;
import java.util.function.DoubleUnaryOperator;

/** Trigonometry: {@code sin cos tan asin acos atan}, atomic, floats out. */
public final class Trig {
    private Trig() {}

    public static K sin(K x) {
        return each(x, Math::sin);
    }

    public static K cos(K x) {
        return each(x, Math::cos);
    }

    public static K tan(K x) {
        return each(x, Math::tan);
    }

    public static K asin(K x) {
        return each(x, Math::asin);
    }

    public static K acos(K x) {
        return each(x, Math::acos);
    }

    public static K atan(K x) {
        return each(x, Math::atan);
    }

    private static K each(K x, DoubleUnaryOperator f) {
        if (x instanceof Dict d) {
            return new Dict(d.keys(), each(d.values(), f));
        }
        if (x.type() < 0) {
            return new FloatAtom(-QType.FLOAT, f.applyAsDouble(Types.doubles(x)[0]));
        }
        if (x instanceof KList) {
            K[] items = ((KList) x).items();
            K[] out = new K[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = each(items[i], f);
            }
            return new KList(out);
        }
        double[] v = Types.doubles(x);
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = f.applyAsDouble(v[i]);
        }
        return new FloatVector(QType.FLOAT, out);
    }
}
