package io.mserve.launcher.secondary;

import io.mserve.core.discovery.Address;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.CompletableFuture;

/**
 * A test-only secondary on loopback that logs every connection in, reads its one query and
 * answers it with the bytes a test gives, then closes it; with no bytes given it closes each
 * connection without answering the login.
 */
final class OneReplySecondary implements AutoCloseable {
    private final ServerSocket server;
    private final byte[] reply;
    private final CompletableFuture<byte[]> firstQuery = new CompletableFuture<>();

    private OneReplySecondary(byte[] reply) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.reply = reply;
        Thread serving = new Thread(this::serve, "one-reply-" + server.getLocalPort());
        serving.setDaemon(true);
        serving.start();
    }

    /** Answers each query with {@code reply}, or refuses each login when it is null. */
    static OneReplySecondary answering(byte[] reply) throws IOException {
        return new OneReplySecondary(reply);
    }

    Address address() {
        return new Address("127.0.0.1", server.getLocalPort());
    }

    /** The first query received, as sent (header included). */
    byte[] firstQuery() {
        return firstQuery.join();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                InputStream in = socket.getInputStream();
                OutputStream out = socket.getOutputStream();
                while (in.read() > 0) {
                    // The login, up to its NUL.
                }
                if (reply == null) {
                    continue;
                }
                out.write(3);
                byte[] header = in.readNBytes(8);
                int length = (header[4] & 0xFF) | (header[5] & 0xFF) << 8 | (header[6] & 0xFF) << 16 | (header[7] & 0xFF) << 24;
                byte[] query = new byte[length];
                System.arraycopy(header, 0, query, 0, 8);
                in.readNBytes(query, 8, length - 8);
                firstQuery.complete(query);
                out.write(reply);
                out.flush();
            } catch (SocketException e) {
                // Closed by the test.
            } catch (IOException e) {
                firstQuery.completeExceptionally(e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
