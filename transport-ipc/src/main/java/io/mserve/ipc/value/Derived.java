package io.mserve.ipc.value;

import java.util.Objects;

/**
 * A function derived by an iterator ({@code f'} 106, {@code f/} 107, {@code f\} 108,
 * {@code f':} 109, {@code f/:} 110, {@code f\:} 111) or a dynamic load (112), as it travels.
 */
public final class Derived extends K {
    private final int type;
    private final K function;

    public Derived(int type, K function) {
        if (type < QType.EACH || type > QType.DYNAMIC_LOAD) {
            throw new IllegalArgumentException("not a derived function type: " + type);
        }
        this.type = type;
        this.function = Objects.requireNonNull(function);
    }

    @Override
    public int type() {
        return type;
    }

    @Override
    public int count() {
        return 1;
    }

    /** The function the iterator applies to. */
    public K function() {
        return function;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Derived o && o.type == type && o.function.equals(function);
    }

    @Override
    public int hashCode() {
        return 31 * type + function.hashCode();
    }

    @Override
    public String toString() {
        return "Derived(" + type + ", " + function + ")";
    }
}
