package io.mserve.engine.ops.cast;

import io.mserve.engine.QException;
import io.mserve.engine.ops.text.Patterns;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.Table;
import java.util.Arrays;

/** Pad, {@code 10$"abc"}: a string to a length, blank-filled on the right, or on the left for a negative length; string-atomic. */
final class Pad {
    private Pad() {}

    static K pad(long n, K y) {
        if (y.type() == QType.CHAR || y.type() == -QType.CHAR) {
            byte[] s = Patterns.bytes(y);
            int len = (int) Math.min(Math.abs(n), Integer.MAX_VALUE);
            byte[] out = new byte[len];
            Arrays.fill(out, (byte) ' ');
            int k = Math.min(len, s.length);
            if (n >= 0) {
                System.arraycopy(s, 0, out, 0, k);
            } else {
                System.arraycopy(s, s.length - k, out, len - k, k);
            }
            return new ByteVector(QType.CHAR, out);
        }
        if (y instanceof KList) {
            K[] items = ((KList) y).items();
            K[] out = new K[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = pad(n, items[i]);
            }
            return new KList(out);
        }
        if (y instanceof Dict) {
            Dict d = (Dict) y;
            return new Dict(d.keys(), pad(n, d.values()), d.isSorted());
        }
        if (y instanceof Table) {
            Table t = (Table) y;
            K[] cols = new K[t.data().length];
            for (int c = 0; c < cols.length; c++) {
                cols[c] = pad(n, t.data()[c]);
            }
            return new Table(t.columns(), cols);
        }
        throw QException.type();
    }
}
