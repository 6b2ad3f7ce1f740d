package io.mserve.engine.eval;

import io.mserve.engine.value.Q;
import io.mserve.ipc.value.K;

/** The parts of the {@code .Q} namespace a session starts with: character sets and {@code .Q.s}. */
final class DotQ {
    private DotQ() {}

    static void define(Session session) {
        Interp interp = session.interp();
        interp.setGlobal(".Q.a", Q.str("abcdefghijklmnopqrstuvwxyz"), "");
        interp.setGlobal(".Q.A", Q.str("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), "");
        interp.setGlobal(".Q.n", Q.str("0123456789"), "");
        interp.setGlobal(".Q.nA", Q.str("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"), "");
        interp.setGlobal(".Q.an", Q.str("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789"), "");
        interp.setGlobal(".Q.b6", Q.str("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"), "");
        interp.builtins().monad(".Q.s", (K x) -> Q.str(session.console().show(x) + "\n"));
        interp.builtins().monad(".Q.s1", (K x) -> Q.str(io.mserve.engine.display.Console.one(x)));
        interp.builtins().monad(".Q.btoa", (K x) -> Q.str(java.util.Base64.getEncoder().encodeToString(bytes(x))));
        interp.builtins().monad(".Q.atob", (K x) -> new io.mserve.ipc.value.ByteVector(io.mserve.ipc.value.QType.CHAR,
                java.util.Base64.getDecoder().decode(bytes(x))));
    }

    private static byte[] bytes(K x) {
        if (x instanceof io.mserve.ipc.value.ByteVector) {
            return ((io.mserve.ipc.value.ByteVector) x).items();
        }
        throw io.mserve.engine.QException.type();
    }
}
