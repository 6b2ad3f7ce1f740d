package io.mserve.core.dispatch;

/** Where the dispatcher sends a client's replies, in the order the client is owed them. */
@FunctionalInterface
public interface ReplySink {

    /** Sends {@code reply} to the client as an async message ({@code ASYNC}) or a response ({@code SYNC}). */
    void send(MessageKind kind, Reply reply);
}
