package io.mserve.engine.value;

import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.FloatVector;
import io.mserve.ipc.value.GuidVector;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.RealVector;
import io.mserve.ipc.value.ShortVector;
import io.mserve.ipc.value.SymbolVector;
import java.util.UUID;

/** Simple vectors through their primitive arrays, whatever the type. */
public final class VectorArrays {
    private VectorArrays() {}

    /** The primitive array behind a simple vector (or a 1-item one for an atom). */
    static Object array(K v) {
        K x = v.type() < 0 ? Gather.at(v, new int[1]) : v;
        if (x instanceof LongVector a) {
            return a.items();
        }
        if (x instanceof IntVector a) {
            return a.items();
        }
        if (x instanceof FloatVector a) {
            return a.items();
        }
        if (x instanceof SymbolVector a) {
            return a.items();
        }
        if (x instanceof ByteVector a) {
            return a.items();
        }
        if (x instanceof ShortVector a) {
            return a.items();
        }
        if (x instanceof RealVector a) {
            return a.items();
        }
        return ((GuidVector) x).items();
    }

    static Object newArray(int t, int n) {
        switch (t) {
            case 1: case 4: case 10: return new byte[n];
            case 2: return new UUID[n];
            case 5: return new short[n];
            case 8: return new float[n];
            case 9: case 15: return new double[n];
            case 7: case 12: case 16: return new long[n];
            case 11: return new String[n];
            default: return new int[n];
        }
    }

    static K vector(int t, Object a) {
        switch (t) {
            case 1: case 4: case 10: return new ByteVector(t, (byte[]) a);
            case 2: return new GuidVector((UUID[]) a);
            case 5: return new ShortVector((short[]) a);
            case 8: return new RealVector((float[]) a);
            case 9: case 15: return new FloatVector(t, (double[]) a);
            case 7: case 12: case 16: return new LongVector(t, (long[]) a);
            case 11: return new SymbolVector((String[]) a);
            default: return new IntVector(t, (int[]) a);
        }
    }

    /** VectorArrays and atoms all of simple type {@code t}, joined. */
    public static K concat(K[] parts, int t) {
        K symbols = t == QType.SYMBOL ? SymbolCodes.join(parts) : null;
        if (symbols != null) {
            return symbols;
        }
        int total = 0;
        for (K p : parts) {
            total += p.count();
        }
        Object r = newArray(t, total);
        int pos = 0;
        for (K p : parts) {
            int n = p.count();
            System.arraycopy(array(p), 0, r, pos, n);
            pos += n;
        }
        return vector(t, r);
    }
}
