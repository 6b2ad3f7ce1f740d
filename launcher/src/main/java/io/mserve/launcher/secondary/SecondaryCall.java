package io.mserve.launcher.secondary;

import io.mserve.core.discovery.Address;
import io.mserve.ipc.codec.Decoder;
import io.mserve.ipc.codec.Encoder;
import io.mserve.ipc.value.K;
import io.mserve.ipc.wire.Credentials;
import io.mserve.ipc.wire.MessageHeader;
import io.mserve.ipc.wire.MessageType;
import io.netty.buffer.Unpooled;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * One sync call straight to a secondary, outside the dispatcher (for {@code .mserve.each}): its
 * own connection, logged in as the primary, closed after the reply. kdb+ answers it as it
 * answers {@code h x} from q.
 */
public final class SecondaryCall {
    private final Duration connectTimeout;
    private final int maxReplyBytes;

    /**
     * @param connectTimeout the longest wait for the connection and the handshake's answer
     * @param maxReplyBytes  the longest reply accepted
     */
    public SecondaryCall(Duration connectTimeout, int maxReplyBytes) {
        this.connectTimeout = connectTimeout;
        this.maxReplyBytes = maxReplyBytes;
    }

    /**
     * Logs in to {@code secondary} as {@code login} ({@code user:password}, what the primary's own
     * connection to it uses), sends {@code query} as a sync message and waits for its answer, for as
     * long as it runs.
     *
     * @return the answer; a {@code KError} when the secondary signalled
     * @throws IOException when the secondary cannot be reached, refuses the login, or answers badly
     */
    public K call(Address secondary, String login, K query) throws IOException {
        try (Socket socket = new Socket()) {
            int millis = (int) Math.max(1, connectTimeout.toMillis());
            socket.connect(new InetSocketAddress(secondary.host(), secondary.port()), millis);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(millis);
            OutputStream out = socket.getOutputStream();
            out.write(Credentials.handshake(login));
            out.flush();
            InputStream in = socket.getInputStream();
            if (in.read() < 0) {
                throw new IOException("closed without answering the handshake (login refused?)");
            }
            socket.setSoTimeout(0);
            out.write(Encoder.encode(MessageType.SYNC, query));
            out.flush();
            DataInputStream data = new DataInputStream(in);
            byte[] header = new byte[MessageHeader.SIZE];
            data.readFully(header);
            long length = Integer.toUnsignedLong(MessageHeader.read(Unpooled.wrappedBuffer(header), 0).length());
            if (length > maxReplyBytes) {
                throw new IOException("a reply of " + length + " bytes, over the " + maxReplyBytes + " accepted");
            }
            byte[] message = new byte[(int) length];
            System.arraycopy(header, 0, message, 0, header.length);
            data.readFully(message, header.length, message.length - header.length);
            return Decoder.decode(message, maxReplyBytes);
        } catch (RuntimeException e) {
            throw new IOException("a malformed reply: " + e.getMessage(), e);
        }
    }
}
