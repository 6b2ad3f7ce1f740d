package io.mserve.engine;

import io.mserve.ipc.value.K;

/**
 * A q error: what {@code 'type} or {@code 'length} signal. Its message is the error's text
 * without the quote. It carries no stack trace: q errors are values, thrown often and caught
 * by traps, and their cost must stay that of a plain jump.
 */
public final class QException extends RuntimeException {
    // The calls under way where it was signalled, as .Q.trp's handler gets them; set once, by the innermost call.
    private transient K backtrace;

    public QException(String text) {
        super(text, null, false, false);
    }

    /** The backtrace of where it was signalled, or null when it was signalled outside any lambda. */
    public K backtrace() {
        return backtrace;
    }

    /** Records where it was signalled. */
    public void backtrace(K calls) {
        backtrace = calls;
    }

    /** The text, as q prints it after the quote. */
    public String text() {
        return getMessage();
    }

    public static QException type() {
        return new QException("type");
    }

    public static QException length() {
        return new QException("length");
    }

    public static QException rank() {
        return new QException("rank");
    }

    public static QException domain() {
        return new QException("domain");
    }

    public static QException nyi() {
        return new QException("nyi");
    }

    /** Writing to a handle that is not open (basics/ipc.md, basics/exposed-infrastructure.md). */
    public static QException notOpen(long handle) {
        return new QException("Cannot write to handle " + handle + ". OS reports: Bad file descriptor");
    }

    /** A name that has no value: q signals the name itself ({@code 'foo}). */
    public static QException undefined(String name) {
        return new QException(name);
    }
}
