package io.mserve.core.dispatch;

/** Where the dispatcher sends a client's replies, in the order the client is owed them. */
@FunctionalInterface
public interface ReplySink {

    /** Sends {@code reply} to the client as an async message ({@code ASYNC}) or a response ({@code SYNC}). */
    void send(MessageKind kind, Reply reply);

    /**
     * Whether the dispatcher may hold {@code bytes} of replies for this client, waiting for an
     * earlier one it owes first (request ordering). When not, the dispatcher drops the client's
     * session and its replies, and the sink should close the connection: a client must not make
     * the primary buffer without bound. Everything is allowed unless the sink says otherwise.
     */
    default boolean mayHold(long bytes) {
        return true;
    }
}
