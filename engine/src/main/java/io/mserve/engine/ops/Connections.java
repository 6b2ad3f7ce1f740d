package io.mserve.engine.ops;

import io.mserve.ipc.value.K;

/**
 * A session's IPC handles, as the {@code ipc} package provides them once it is installed:
 * {@code hopen}, {@code hclose}, a handle applied to a message, and the listening port.
 */
public interface Connections {
    /** {@code hopen x}: a port, {@code `:host:port[:user:password]}, or either with a timeout, {@code (x;ms)}. */
    K open(K address);

    /** {@code hclose h}. */
    void close(K handle);

    /**
     * {@code h x}, {@code neg[h] x}, {@code h[]} (null arguments elided); also 0, 1 and 2, the
     * session itself, stdout and stderr. Null when {@code handle} is no handle of this session.
     */
    K send(int handle, K[] args);

    /** Whether {@code handle} (or its negative) is one {@link #send} writes to: what a trap {@code @[h;x;e]} applies. */
    boolean isOpen(int handle);

    /** {@code \p}: the port listened on, 0 when none. */
    int port();

    /** {@code \p [host:]port}: listens there; port 0 stops listening. Returns the port bound, 0 when not listening. */
    int listen(String spec);
}
