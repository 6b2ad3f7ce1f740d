package io.mserve.engine.ipc;

import io.mserve.ipc.value.K;

/** An open IPC handle: a connection this session opened with {@code hopen}, or one a client opened to it. */
interface Handle {
    /** {@code h x}: sends {@code x} and waits for the response; an error response is signalled. */
    K sync(K x);

    /** {@code neg[h] x}: sends {@code x}, expecting no reply. */
    void async(K x);

    /** {@code h[]}: the next message that arrives on the connection. */
    K read();

    /** {@code hclose h}. */
    void close();
}
