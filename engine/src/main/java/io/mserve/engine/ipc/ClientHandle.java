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
import io.netty.buffer.Unpooled;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A connection this session opened with {@code hopen}. Messages go little endian from the
 * session thread; a reader thread takes in replies of either byte order, checking every length
 * against the bytes that arrive, and hands them to the session thread: a response to the call
 * waiting for it, anything the far side sends meanwhile to {@code .z.ps}/{@code .z.pg} (also when
 * the session is idle, as q's main loop does), the end of the connection to {@code .z.pc}.
 */
final class ClientHandle implements Handle {
    /** The largest message read: Java's largest array. */
    static final int MAX_MESSAGE_BYTES = Integer.MAX_VALUE - 8;
    private static final int FIRST_READ = 1 << 16;

    private final Ipc ipc;
    private final Session session;
    private final Socket socket;
    private final OutputStream out;
    private final BlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>();
    private int number;
    private boolean ended;

    /** A message from the far side, or the end of the connection ({@code end}: the error a waiting call signals). */
    record Arrival(int type, K value, String end) {}

    private ClientHandle(Ipc ipc, Session session, Socket socket) throws IOException {
        this.ipc = ipc;
        this.session = session;
        this.socket = socket;
        this.out = socket.getOutputStream();
    }

    /**
     * Connects and does the handshake ({@code login} is {@code user:password}, capability 3), over
     * TLS when {@code tls} is given ({@code :tcps://}).
     *
     * @param tls           TLS for the connection, or null for a plain one
     * @param timeoutMillis for the connection and the handshake; 0 for none
     * @throws QException {@code 'timeout}, {@code 'access} when the server refuses the login,
     *         {@code 'conn. OS reports: ...} when TLS fails, or {@code 'hop. OS reports: ...}
     */
    static ClientHandle open(Ipc ipc, Session session, String host, int port, String login, TlsClient tls,
            int timeoutMillis) {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            if (tls != null) {
                socket = secure(tls, socket, host, port);
            }
            socket.getOutputStream().write(Credentials.handshake(login));
            socket.getOutputStream().flush();
            if (socket.getInputStream().read() < 0) {
                throw new QException("access");
            }
            // The timeout is the connection's, not its later use (ref/hopen.md).
            socket.setSoTimeout(0);
            return new ClientHandle(ipc, session, socket);
        } catch (SocketTimeoutException e) {
            close(socket);
            throw new QException("timeout");
        } catch (IOException e) {
            close(socket);
            throw new QException("hop. OS reports: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (QException e) {
            close(socket);
            throw e;
        }
    }

    private static Socket secure(TlsClient tls, Socket socket, String host, int port) throws SocketTimeoutException {
        try {
            return tls.wrap(socket, host, port);
        } catch (SocketTimeoutException e) {
            throw e;
        } catch (IOException e) {
            close(socket);
            throw TlsClient.refused(e);
        }
    }

    /** Starts reading the connection, now that it is handle {@code h}. */
    void start(int h) {
        number = h;
        Thread reader = new Thread(this::readAll, "q-handle-" + h);
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public K sync(K x) {
        send(MessageType.SYNC, x);
        while (true) {
            Arrival a = next();
            if (a.type == MessageType.RESPONSE) {
                return signalled(session.received(a.value));
            }
            serve(a);
        }
    }

    @Override
    public void async(K x) {
        send(MessageType.ASYNC, x);
    }

    @Override
    public K read() {
        while (true) {
            Arrival a = next();
            if (a.type != MessageType.SYNC) {
                return signalled(session.received(a.value));
            }
            serve(a);
        }
    }

    @Override
    public void close() {
        close(socket);
    }

    /**
     * Reads one whole message from {@code in}: the header checked, then exactly the bytes its
     * length says, taken as they arrive (a length is never trusted for allocation), then decoded.
     *
     * @throws EOFException when the stream ends, even within a message
     * @throws MalformedMessageException when the bytes are no valid message
     */
    static Arrival read(InputStream in) throws IOException {
        byte[] header = in.readNBytes(MessageHeader.SIZE);
        if (header.length < MessageHeader.SIZE) {
            throw new EOFException();
        }
        MessageHeader h = MessageHeader.read(Unpooled.wrappedBuffer(header), 0);
        long length = Integer.toUnsignedLong(h.length());
        if (length > MAX_MESSAGE_BYTES) {
            throw new MalformedMessageException("message of " + length + " bytes is over the limit");
        }
        byte[] message = Arrays.copyOf(header, (int) Math.min(length, FIRST_READ));
        int have = MessageHeader.SIZE;
        while (have < length) {
            if (have == message.length) {
                message = Arrays.copyOf(message, (int) Math.min(length, 2L * message.length));
            }
            int n = in.read(message, have, message.length - have);
            if (n < 0) {
                throw new EOFException();
            }
            have += n;
        }
        return new Arrival(h.type(), Decoder.decode(message, MAX_MESSAGE_BYTES), null);
    }

    // The reader thread: every message, then the end of the connection, handed to the session thread.
    private void readAll() {
        String end;
        try (InputStream in = socket.getInputStream()) {
            while (true) {
                arrive(read(in));
            }
        } catch (MalformedMessageException e) {
            end = "badmsg";
        } catch (IOException e) {
            end = "close";
        } catch (OutOfMemoryError e) {
            end = "wsfull";
        }
        close(socket);
        arrive(new Arrival(MessageType.ASYNC, null, end));
    }

    private void arrive(Arrival a) {
        arrivals.add(a);
        try {
            ipc.thread().run(this::drain);
        } catch (RuntimeException e) {
            // the session has ended: nothing is left to hand the message to
        }
    }

    // On the session thread, when no call waits: what the far side sent is served, its end noted.
    private void drain() {
        Arrival a;
        while ((a = arrivals.poll()) != null) {
            if (a.end != null) {
                end();
            } else if (a.type != MessageType.RESPONSE) {
                serve(a);
            }
        }
    }

    // The next arrival, for a call waiting on the session thread; the connection's end is signalled.
    private Arrival next() {
        Arrival a;
        try {
            a = arrivals.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QException("stop");
        }
        if (a.end != null) {
            end();
            throw new QException(a.end);
        }
        return a;
    }

    private void serve(Arrival a) {
        K result = Messages.evaluate(session, a.type, a.value);
        if (a.type == MessageType.SYNC) {
            send(MessageType.RESPONSE, result);
        }
    }

    private void end() {
        if (!ended) {
            ended = true;
            ipc.closed(number);
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
            throw new QException("Cannot write to handle " + number + ". OS reports: " + e.getMessage());
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is all that was asked
        }
    }
}
