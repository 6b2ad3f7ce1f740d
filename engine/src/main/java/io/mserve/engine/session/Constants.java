package io.mserve.engine.session;

import io.mserve.engine.io.Globals;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.QType;

/** The constants a session starts with: {@code .Q}'s character sets and type letters, and {@code .q.csv}. */
final class Constants {
    private Constants() {}

    static void define(Globals root) {
        root.set(".Q.a", Q.str("abcdefghijklmnopqrstuvwxyz"));
        root.set(".Q.A", Q.str("ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
        root.set(".Q.n", Q.str("0123456789"));
        root.set(".Q.nA", Q.str("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
        root.set(".Q.an", Q.str("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789"));
        root.set(".Q.t", Q.str(" bg xhijefcspmdznuvt"));
        root.set(".Q.b6", Q.str("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"));
        root.set(".q.csv", Q.c(','));
        root.set(".Q.res", Q.syms(Reserved.NATIVE));
        root.set(".Q.k", Q.f(DotZ.VERSION));
        root.set(".Q.K", Q.intAtom(-QType.DATE, DotZ.RELEASE));
    }
}
