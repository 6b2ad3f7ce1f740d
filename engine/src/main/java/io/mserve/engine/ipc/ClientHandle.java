package io.mserve.engine.ipc;

import io.mserve.engine.QException;
import io.mserve.engine.session.Session;
import io.mserve.ipc.codec.Decoder;
import io.mserve.ipc.codec.Encoder;
import io.mserve.ipc.codec.MalformedMessageException;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KError;
import io.mserve.ipc.wire.Credentials;
import io.mserve.ipc.wire.MessageHeader;
import io.mserve.ipc.wire.MessageType;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A connection this session opened with {@code hopen}: a blocking socket, used only from the
 * session thread. Messages go little endian; replies of either byte order are read.
 */
final class ClientHandle implements Handle {
    private final Session session;
    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    private ClientHandle(Session session, Socket socket) throws IOException {
        this.session = session;
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /**
     * Connects and does the handshake ({@code login} is {@code user:password}, capability 3).
     *
     * @param timeoutMillis 0 for none
     */
    static ClientHandle open(Session session, String host, int port, String login, int timeoutMillis) {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.getOutputStream().write(Credentials.handshake(login));
            socket.getOutputStream().flush();
            if (socket.getInputStream().read() < 0) {
                socket.close();
                throw new QException("access");
            }
            return new ClientHandle(session, socket);
        } catch (IOException e) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
            throw new QException("hop. OS reports: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    @Override
    public K sync(K x) {
        send(MessageType.SYNC, x);
        while (true) {
            Message m = receive();
            if (m.type == MessageType.RESPONSE) {
                return signalled(m.value);
            }
            // While it waits for its response, q serves what the other side sends it.
            K result = Messages.evaluate(session, m.type, m.value);
            if (m.type == MessageType.SYNC) {
                send(MessageType.RESPONSE, result);
            }
        }
    }

    @Override
    public void async(K x) {
        send(MessageType.ASYNC, x);
    }

    @Override
    public K read() {
        return signalled(receive().value);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is all that was asked
        }
    }

    private static K signalled(K value) {
        if (value instanceof KError) {
            throw new QException(((KError) value).text());
        }
        return value;
    }

    private void send(int type, K x) {
        byte[] bytes;
        try {
            bytes = Encoder.encode(type, x);
        } catch (IllegalArgumentException e) {
            throw QException.type();
        }
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new QException("os: " + e.getMessage());
        }
    }

    private record Message(int type, K value) {}

    private Message receive() {
        try {
            byte[] header = new byte[MessageHeader.SIZE];
            in.readFully(header);
            ByteOrder order = header[0] == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
            int length = ByteBuffer.wrap(header, 4, 4).order(order).getInt();
            if (length < MessageHeader.SIZE + 1) {
                throw new QException("badmsg");
            }
            byte[] message = new byte[length];
            System.arraycopy(header, 0, message, 0, header.length);
            in.readFully(message, header.length, length - header.length);
            return new Message(header[1], Decoder.decode(message));
        } catch (EOFException e) {
            close();
            throw new QException("eof");
        } catch (IOException e) {
            close();
            throw new QException("os: " + e.getMessage());
        } catch (MalformedMessageException e) {
            close();
            throw new QException("badmsg");
        }
    }
}
