package io.mserve.core.dispatch;

/** One connected client, as the transport hands its messages to the dispatcher. */
public interface ClientSession {

    /** Takes one message; ownership of its buffer passes to the dispatcher. */
    void submit(Request request);

    /** The client is gone: its queued queries are dropped and replies still owed are discarded. */
    void close();
}
