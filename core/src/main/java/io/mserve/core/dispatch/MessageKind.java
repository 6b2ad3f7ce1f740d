package io.mserve.core.dispatch;

/** How a client sent a query, which decides how its reply goes back. */
public enum MessageKind {
    /** An async message: a routed query whose reply goes back as an async message (deferred sync). */
    ASYNC,
    /** A sync message: answered with a response message. */
    SYNC
}
