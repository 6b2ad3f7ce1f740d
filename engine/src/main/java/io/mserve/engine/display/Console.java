package io.mserve.engine.display;

import io.mserve.engine.QException;
import io.mserve.ipc.value.K;

/**
 * How the q console shows values: {@link #show} is what the REPL prints for a result (and
 * {@code show}, {@code .Q.s}), within the console size {@code \c}; {@link #one} is the one-line
 * form of {@code -3!} and {@code .Q.s1}.
 */
public final class Console {
    private final int rows;
    private final int columns;

    /** A console {@code rows} lines high and {@code columns} characters wide ({@code \c 25 80} by default). */
    public Console(int rows, int columns) {
        this.rows = rows;
        this.columns = columns;
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    /** The text q prints for {@code v} at the console, lines separated by \n, without a final newline. */
    public String show(K v) {
        throw QException.nyi();
    }

    /** The one-line text of {@code -3!v}. */
    public static String one(K v) {
        throw QException.nyi();
    }
}
