package io.mserve.engine.ops;

import io.mserve.engine.QException;
import io.mserve.engine.display.Console;
import io.mserve.engine.value.Domain;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.SymbolAtom;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * What a primitive may ask of the session it runs in: its globals, its console, its random
 * generator and its connections. The session implements it; pure primitives need none of it
 * and stay plain static methods.
 */
public interface Context {
    /** The global {@code name}, looked up in the current namespace ({@code \d}) first; null when there is none. */
    K global(String name);

    /** Sets the global {@code name} in the current namespace. */
    void setGlobal(String name, K value);

    /**
     * {@code f} of {@code y} passed by value, or by reference: a symbol naming a global, which
     * becomes {@code f} of its value, and the name is the result ({@code `sym xkey `trade}).
     */
    default K inPlace(K y, UnaryOperator<K> f) {
        if (!(y instanceof SymbolAtom s)) {
            return f.apply(y);
        }
        K v = global(s.value());
        if (v == null) {
            throw QException.undefined(s.value());
        }
        setGlobal(s.value(), f.apply(v));
        return y;
    }

    /** Removes the global of full name {@code name} ({@code a}, {@code .ns.a}), as {@code delete a from `.} does. */
    void removeGlobal(String name);

    /**
     * The domain of enumerations over the global {@code name} (resolved in the current namespace):
     * one object per variable, reading the variable afresh on each use.
     */
    Domain domain(String name);

    /** Writes a line to the session's console output: what {@code show} and {@code 0N!} print. */
    void print(String text);

    /** The console's size and precision ({@code \c}, {@code \P}): how values are shown. */
    Console console();

    /** Whether {@code "D"$} reads a date with slashes as dd/mm/yyyy ({@code \z 1}) rather than mm/dd/yyyy. */
    boolean dayFirst();

    /** The session's generator for {@code ?} (roll, deal, permute). */
    SplittableRandom random();

    /** The session's IPC handles: {@code hopen}, {@code hclose}, {@code h x}, {@code \p}. */
    Connections connections();

    /** A value read from the wire ({@code -9!}) made the session's own: its functions callable here. */
    K received(K value);
}
