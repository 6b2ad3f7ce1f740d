package io.mserve.engine.ops.text;

import io.mserve.engine.value.Q;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.SymbolAtom;

/** The {@code .h} namespace's text markup: {@code .h.htc}. */
public final class Html {
    private Html() {}

    /** {@code .h.htc[`tag;text]}: text within an HTML element. */
    public static K htc(K tag, K text) {
        String t = ((SymbolAtom) tag).value();
        return Q.str("<" + t + ">" + Q.text(text) + "</" + t + ">");
    }
}
