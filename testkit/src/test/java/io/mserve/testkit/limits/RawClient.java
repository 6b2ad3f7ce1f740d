package io.mserve.testkit.limits;

import io.mserve.ipc.codec.Encoder;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.wire.MessageType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A kdb+ client on a bare socket, for what a well-behaved client never does: send raw bytes,
 * stop reading, never finish the handshake.
 */
public final class RawClient implements AutoCloseable {
    private final Socket socket;

    private RawClient(Socket socket) {
        this.socket = socket;
    }

    /** Opens a TCP connection to a loopback port, sending nothing. */
    public static RawClient open(int port) {
        try {
            Socket socket = new Socket("127.0.0.1", port);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(10_000);
            return new RawClient(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a connection and completes the handshake as {@code test}, capability 3. */
    public static RawClient login(int port) {
        RawClient client = open(port);
        client.send("test:\3\0".getBytes(StandardCharsets.ISO_8859_1));
        int capability = client.read(Duration.ofSeconds(10));
        if (capability != 3) {
            client.close();
            throw new IllegalStateException("handshake answered " + capability);
        }
        return client;
    }

    /** An async message holding the string {@code text}, as {@code neg[h] "text"} sends it. */
    public static byte[] asyncText(String text) {
        return Encoder.encode(MessageType.ASYNC, new ByteVector(QType.CHAR, text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** Writes {@code bytes}; false when the primary has closed the connection. */
    public boolean send(byte[] bytes) {
        try {
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The next byte, -1 at end of stream (or reset), -2 when nothing came within {@code wait}. */
    public int read(Duration wait) {
        try {
            socket.setSoTimeout((int) Math.max(1, wait.toMillis()));
            return socket.getInputStream().read();
        } catch (SocketTimeoutException e) {
            return -2;
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * Reads and discards until the primary closes the connection.
     *
     * @return the bytes read, or -1 when the connection stayed open for {@code wait}
     */
    public long drainUntilClosed(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try {
            InputStream in = socket.getInputStream();
            while (System.nanoTime() < deadline) {
                socket.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                int n;
                try {
                    n = in.read(buffer);
                } catch (SocketTimeoutException e) {
                    return -1;
                }
                if (n < 0) {
                    return total;
                }
                total += n;
            }
            return -1;
        } catch (IOException e) {
            return total;
        }
    }

    /** The connection's input, for reading a reply as it arrives. */
    public InputStream input() {
        try {
            socket.setSoTimeout(60_000);
            return socket.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shrinks the socket's receive buffer, so that a client that stops reading is felt sooner. */
    public RawClient smallReceiveBuffer() {
        try {
            socket.setReceiveBufferSize(16 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }
}
