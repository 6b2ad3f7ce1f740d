package io.mserve.ipc.codec;

/** Bytes that are not a valid kdb+ IPC message; the text says what is wrong. */
public class MalformedMessageException extends RuntimeException {
    public MalformedMessageException(String message) {
        super(message);
    }
}
