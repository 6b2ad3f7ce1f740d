package io.mserve.launcher;

/** The primary's port is taken by another process: start-up stops with one line naming it. */
public final class PortInUse extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PortInUse(String host, int port, Throwable cause) {
        super("port " + port + " is already in use (cannot listen on " + host + ":" + port + ")", cause, false, false);
    }
}
