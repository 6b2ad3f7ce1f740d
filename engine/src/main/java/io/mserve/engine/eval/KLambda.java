package io.mserve.engine.eval;

import io.mserve.engine.QException;
import io.mserve.engine.value.Fn;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.Lambda;
import io.mserve.ipc.value.QType;

/**
 * A lambda written in k, as kdb+ sends the keywords its q.k defines ({@code k){x'y}} in context
 * {@code q}): it shows and travels as it came, but this engine runs no k, so applying it is {@code 'nyi}.
 */
final class KLambda extends Fn {
    private final Lambda wire;

    KLambda(Lambda wire) {
        this.wire = wire;
    }

    @Override
    public int type() {
        return QType.LAMBDA;
    }

    @Override
    public int rank() {
        return 1;
    }

    @Override
    public K call(K... args) {
        throw QException.nyi();
    }

    @Override
    public K wireForm() {
        return wire;
    }

    @Override
    public String display() {
        return wire.source();
    }
}
