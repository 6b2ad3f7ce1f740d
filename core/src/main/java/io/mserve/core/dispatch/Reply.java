package io.mserve.core.dispatch;

import io.netty.buffer.ByteBuf;

/** What goes back to a client for one of its requests. */
public sealed interface Reply {

    /**
     * A result: a whole kdb+ IPC message (header included) as the secondary or the local evaluator
     * produced it; the transport sets its message type for the client. The receiver owns the buffer.
     */
    record Result(ByteBuf message) implements Reply {}

    /** An error, sent to the client as a kdb+ error object: {@code text} without the leading quote. */
    record Failure(String text) implements Reply {}
}
