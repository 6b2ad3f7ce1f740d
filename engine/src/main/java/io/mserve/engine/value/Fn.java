package io.mserve.engine.value;

import io.mserve.ipc.value.K;

/**
 * A function the engine can apply: a built-in verb or keyword, a lambda, a projection, a
 * composition, or a function derived by an iterator. Applying one to fewer arguments than
 * its rank makes a projection; that is the interpreter's business, not the function's.
 */
public abstract class Fn extends K implements Displayable {

    /** How many arguments it takes (a verb with a unary and a binary form says 2). */
    public abstract int rank();

    /**
     * Applies the function to {@code args}, 1..8 of them, none elided.
     *
     * @throws io.mserve.engine.QException {@code 'rank} when it takes no such number of arguments
     */
    public abstract K call(K... args);

    @Override
    public int count() {
        return 1;
    }

    @Override
    public String toString() {
        return display();
    }
}
