package io.mserve.launcher.secondary;

import io.mserve.ipc.tls.SecondaryTls;
import io.mserve.ipc.value.K;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * A blocking connection straight to a secondary, logged in: over TLS when the secondary is one
 * written {@code tls://host:port} (trusted as {@code mserve.transport.secondary-tls} says), else
 * plain. The readiness probe and {@code .mserve.each} open one, ask, and close it.
 */
final class BlockingConnection implements Closeable {
    private final Socket socket;
    private final int capability;

    private BlockingConnection(Socket socket, int capability) {
        this.socket = socket;
        this.capability = capability;
    }

    /**
     * Connects to {@code host:port} and sends {@code handshake}, waiting at most {@code within}
     * for the connection, the TLS handshake and the login's answer each.
     *
     * @throws IOException when it cannot connect, the TLS handshake fails or the login is refused
     */
    static BlockingConnection open(String host, int port, SecondaryTls tls, byte[] handshake, Duration within)
            throws IOException {
        int millis = (int) Math.max(1, within.toMillis());
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(host, port), millis);
            plain.setTcpNoDelay(true);
            plain.setSoTimeout(millis);
            Socket socket = tls.covers(host, port) ? tls.wrap(plain, host, port) : plain;
            socket.getOutputStream().write(handshake);
            socket.getOutputStream().flush();
            int capability = socket.getInputStream().read();
            if (capability < 0) {
                throw new IOException("closed without answering the handshake (login refused?)");
            }
            return new BlockingConnection(socket, capability);
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    /** The capability byte the secondary answered the login with. */
    int capability() {
        return capability;
    }

    /**
     * Sends {@code message} (a whole sync message) and reads its reply.
     *
     * @param longest the longest reply accepted
     * @param wait    the longest wait for the reply; {@link Duration#ZERO} for as long as it runs
     * @throws BlockingReply.Refused when the reply is malformed or longer than {@code longest}
     * @throws IOException           when the connection fails or ends first, or the wait runs out
     */
    K ask(byte[] message, int longest, Duration wait) throws IOException {
        socket.setSoTimeout(wait.isZero() ? 0 : (int) Math.max(1, wait.toMillis()));
        OutputStream out = socket.getOutputStream();
        out.write(message);
        out.flush();
        return BlockingReply.read(socket.getInputStream(), longest);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
