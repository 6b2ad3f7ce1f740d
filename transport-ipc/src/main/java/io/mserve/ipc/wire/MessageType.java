package io.mserve.ipc.wire;

/** The message type byte (offset 1 of the header). */
public final class MessageType {
    private MessageType() {}

    /** Async: no reply expected (a query, for the primary). */
    public static final int ASYNC = 0;
    /** Sync: exactly one response expected. */
    public static final int SYNC = 1;
    /** The response to a sync message. */
    public static final int RESPONSE = 2;
}
