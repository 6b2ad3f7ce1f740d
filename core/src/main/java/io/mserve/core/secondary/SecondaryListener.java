package io.mserve.core.secondary;

import io.netty.buffer.ByteBuf;

/**
 * Where a transport reports what happens on a secondary's connection. Replies come in the order
 * of the queries sent: whole, or (too long to hold) as a stream whose end is reported before
 * the next reply.
 */
public interface SecondaryListener {

    /**
     * A whole reply; the listener takes ownership of the buffer.
     *
     * @param error whether its payload is a kdb+ error object
     */
    void onReply(ByteBuf message, boolean error);

    /** The start of a reply too long to hold whole; its bytes follow through {@code stream}. */
    void onReplyStream(ReplyStream stream);

    /** The last byte of the streamed reply has been read; the secondary is free for its next one. */
    void onStreamEnd();

    /** The connection ended; nothing more will arrive. Called once. */
    void onClosed(String reason);
}
