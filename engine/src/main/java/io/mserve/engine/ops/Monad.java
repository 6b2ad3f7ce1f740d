package io.mserve.engine.ops;

import io.mserve.ipc.value.K;

/** A built-in's unary form. */
@FunctionalInterface
public interface Monad {
    K apply(K x);
}
