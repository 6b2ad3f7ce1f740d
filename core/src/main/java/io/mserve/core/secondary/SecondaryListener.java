package io.mserve.core.secondary;

import io.netty.buffer.ByteBuf;

/** Where a transport reports what happens on a secondary's connection. */
public interface SecondaryListener {

    /** A reply, in the order of the queries sent; the listener takes ownership of the buffer. */
    void onReply(ByteBuf message);

    /** The connection ended; nothing more will arrive. Called once. */
    void onClosed(String reason);
}
