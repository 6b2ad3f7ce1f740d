package io.mserve.core.dispatch;

import io.mserve.core.secondary.ReplyStream;
import io.netty.buffer.ByteBuf;

/** What goes back to a client for one of its requests. */
public sealed interface Reply {

    /**
     * A result: a whole kdb+ IPC message (header included) as the secondary or the local evaluator
     * produced it; the transport sets its message type for the client. The receiver owns the buffer.
     *
     * @param error whether its payload is a kdb+ error object (counted as an error, sent as it is)
     */
    record Result(ByteBuf message, boolean error) implements Reply {}

    /** A result too long to hold, streaming from its secondary; the receiver pipes or discards it. */
    record Streamed(ReplyStream stream) implements Reply {}

    /** An error, sent to the client as a kdb+ error object: {@code text} without the leading quote. */
    record Failure(String text) implements Reply {}
}
