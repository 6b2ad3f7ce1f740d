package io.mserve.core.secondary;

import io.netty.buffer.ByteBuf;

/**
 * An open connection to one secondary, as the dispatcher drives it. A transport implements it;
 * replies and the end of the connection reach the {@link SecondaryListener} the dispatcher
 * returned when the connection was attached.
 */
public interface Secondary {

    /**
     * Sends one query. {@code message} is a whole kdb+ IPC message (header included) as the
     * client sent it; the transport sends it as a sync request and takes ownership of the buffer.
     * Replies come back in the order queries were sent.
     */
    void send(ByteBuf message);

    /** Drops the connection (a stuck or misbehaving secondary); the listener then hears {@code onClosed}. */
    void close();
}
