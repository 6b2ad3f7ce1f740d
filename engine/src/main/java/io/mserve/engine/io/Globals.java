package io.mserve.engine.io;

import io.mserve.engine.value.Domain;
import io.mserve.ipc.value.K;

/** The session's root globals, as the file verbs need them ({@code load}, {@code save}, {@code set}, {@code .Q.en}, {@code \l}). */
public interface Globals {
    /** The value of global {@code name}, or null. */
    K get(String name);

    /** Sets global {@code name}. */
    void set(String name, K value);

    /** The domain of enumerations over global {@code name}. */
    Domain domain(String name);
}
