package io.mserve.engine.ops;

import io.mserve.ipc.value.K;

/** A built-in's binary form: {@code x f y}. */
@FunctionalInterface
public interface Dyad {
    K apply(K x, K y);
}
