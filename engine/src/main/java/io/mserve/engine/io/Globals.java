package io.mserve.engine.io;

import io.mserve.ipc.value.K;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** The session's global variables, as the file verbs need them ({@code load}, {@code save}, {@code .Q.en}, {@code \l}). */
public interface Globals {
    /** The value of global {@code name}, or null. */
    K get(String name);

    /** Sets global {@code name}. */
    void set(String name, K value);

    static Globals of(Function<String, K> get, BiConsumer<String, K> set) {
        return new Globals() {
            @Override
            public K get(String name) {
                return get.apply(name);
            }

            @Override
            public void set(String name, K value) {
                set.accept(name, value);
            }
        };
    }
}
