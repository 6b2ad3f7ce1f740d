package io.mserve.core.secondary;

/**
 * A reply too long to hold whole, still arriving from its secondary. The transport moves its
 * bytes straight to the client it is given to, at the pace that client reads; the dispatcher
 * only decides whose it is and when its turn comes.
 */
public interface ReplyStream {

    /** Bytes in the whole message, header included. */
    long length();

    /** Nobody wants this reply: the rest of its bytes are read from the secondary and dropped. */
    void discard();
}
