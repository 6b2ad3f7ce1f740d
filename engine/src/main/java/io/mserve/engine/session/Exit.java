package io.mserve.engine.session;

/**
 * {@code exit n} or {@code \\}: unwinds whatever is running once the session's host has been
 * told to end the process with status {@code code}. It is no q error: traps do not catch it.
 */
public final class Exit extends RuntimeException {
    private final int code;

    Exit(int code) {
        super(null, null, false, false);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
