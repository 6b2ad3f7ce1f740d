package io.mserve.engine.ops;

import io.mserve.ipc.value.K;

/** A built-in taking three or more arguments ({@code ssr}, {@code @[x;i;f;y]}). */
@FunctionalInterface
public interface Variadic {
    K apply(K[] args);
}
