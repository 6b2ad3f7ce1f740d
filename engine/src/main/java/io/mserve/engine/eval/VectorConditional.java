package io.mserve.engine.eval;

import io.mserve.engine.QException;
import io.mserve.engine.value.Lists;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.QType;

/** {@code ?[c;a;b]}: for each boolean in c, the item of a where it is true, of b where false (atoms apply to all). */
final class VectorConditional {
    private VectorConditional() {}

    static K apply(K c, K a, K b) {
        if (!(c instanceof ByteVector) || c.type() != QType.BOOLEAN) {
            throw QException.type();
        }
        byte[] flags = ((ByteVector) c).items();
        int n = flags.length;
        if ((a.type() >= 0 && a.count() != n) || (b.type() >= 0 && b.count() != n)) {
            throw QException.length();
        }
        K[] out = new K[n];
        for (int i = 0; i < n; i++) {
            K from = flags[i] != 0 ? a : b;
            out[i] = from.type() < 0 ? from : Lists.at(from, i);
        }
        return Lists.collapse(out);
    }
}
