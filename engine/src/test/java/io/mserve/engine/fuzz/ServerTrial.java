package io.mserve.engine.fuzz;

import io.mserve.engine.ipc.Ipc;
import io.mserve.engine.ipc.SessionThread;
import io.mserve.engine.session.Session;
import io.mserve.ipc.codec.Decoder;
import io.mserve.ipc.codec.Encoder;
import io.mserve.ipc.codec.MalformedMessageException;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KError;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.wire.Credentials;
import io.mserve.ipc.wire.MessageHeader;
import io.mserve.ipc.wire.MessageType;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Sends fuzzed kdb+ IPC messages to a session's server (-u, -T 1) over a real socket, each
 * followed by a sync {@code "1+1"}. The server must answer (errors as q errors, no Java text) or
 * close the connection; it may wait for more bytes only when the length field promised more than
 * came. Afterwards a new connection still gets 2 for {@code 1+1} and the global it was given.
 */
public final class ServerTrial implements AutoCloseable {
    private static final int BOUND_MILLIS = 3_000;
    /** How long a message whose length field lies is given to be answered or closed before the server is taken to wait. */
    private static final int WAITING_MILLIS = 100;
    private static final byte[] ONE_PLUS_ONE = Encoder.encode(MessageType.SYNC,
            new ByteVector(QType.CHAR, "1+1".getBytes(StandardCharsets.ISO_8859_1)));

    private final Session session = new Session();
    private final SessionThread thread = new SessionThread("fuzz-server");
    private final Ipc ipc;
    private final int port;

    public ServerTrial() throws Exception {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        ipc = Ipc.install(session, thread, nowhere);
        thread.call(() -> {
            session.output(nowhere, nowhere);
            session.execute("\\T 1");
            session.evaluate(QTextInputs.SETUP);
            session.restrictClients();
            return null;
        });
        port = ipc.listen("127.0.0.1", 0);
    }

    /** Decodes {@code message} as the server would: a value or {@link MalformedMessageException}, nothing else. */
    public static String decode(byte[] message) {
        try {
            Decoder.decode(message);
            return null;
        } catch (MalformedMessageException e) {
            return null;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return "decoder threw " + e + " at " + SessionTrial.where(e);
        }
    }

    /** Sends {@code message} then a sync 1+1; null when the server behaved, else what went wrong. */
    public String run(byte[] message) {
        String finding = decode(message);
        if (finding != null) {
            return finding;
        }
        try (Socket s = connect()) {
            OutputStream out = s.getOutputStream();
            out.write(message);
            out.write(ONE_PLUS_ONE);
            out.flush();
            if (framedWrongly(message)) {
                s.setSoTimeout(WAITING_MILLIS);
            }
            finding = replies(s.getInputStream(), framedWrongly(message));
        } catch (IOException e) {
            // the server closed the connection while we wrote: a clean refusal
        }
        return finding != null ? finding : alive();
    }

    // Whether the length field differs from the bytes sent: the server may then wait for more,
    // taking 1+1 or the bytes after the message as part of a frame.
    private static boolean framedWrongly(byte[] message) {
        if (message.length < MessageHeader.SIZE) {
            return true;
        }
        try {
            long length = Integer.toUnsignedLong(MessageHeader.read(Unpooled.wrappedBuffer(message), 0).length());
            return length != message.length;
        } catch (MalformedMessageException e) {
            return false; // a bad header: the server closes at once
        }
    }

    private String replies(InputStream in, boolean mayWait) throws IOException {
        while (true) {
            byte[] reply;
            try {
                reply = read(in);
            } catch (SocketTimeoutException e) {
                return mayWait ? null : "hang: neither a reply nor a close after " + BOUND_MILLIS + " ms";
            }
            if (reply == null) {
                return null; // closed: the server refused the message
            }
            K value;
            try {
                value = Decoder.decode(reply);
            } catch (MalformedMessageException e) {
                return "the server's reply does not decode: " + e.getMessage();
            }
            if (reply[1] != MessageType.RESPONSE) {
                continue; // the message itself sent something to neg .z.w
            }
            if (value instanceof KError e) {
                String java = SessionTrial.javaText(e.text());
                if (java != null) {
                    return java;
                }
            } else if (value instanceof LongAtom l && l.value() == 2) {
                return null;
            }
        }
    }

    private String alive() {
        try (Socket s = connect()) {
            s.getOutputStream().write(ONE_PLUS_ONE);
            s.getOutputStream().write(Encoder.encode(MessageType.SYNC,
                    new ByteVector(QType.CHAR, "fuzzCanary".getBytes(StandardCharsets.ISO_8859_1))));
            K two = Decoder.decode(read(s.getInputStream()));
            K canary = Decoder.decode(read(s.getInputStream()));
            if (!(two instanceof LongAtom l && l.value() == 2) || !(canary instanceof LongAtom c && c.value() == 42)) {
                return "server broken: 1+1 gave " + two + ", fuzzCanary " + canary;
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "server broken: " + e;
        }
    }

    private Socket connect() throws IOException {
        Socket s = new Socket("127.0.0.1", port);
        s.setSoTimeout(BOUND_MILLIS);
        s.getOutputStream().write(Credentials.handshake("fuzz:"));
        if (s.getInputStream().read() < 0) {
            throw new IOException("login refused");
        }
        return s;
    }

    // One whole message, or null at the end of the stream.
    private static byte[] read(InputStream in) throws IOException {
        byte[] header = in.readNBytes(MessageHeader.SIZE);
        if (header.length < MessageHeader.SIZE) {
            return null;
        }
        int length = MessageHeader.read(Unpooled.wrappedBuffer(header), 0).length();
        byte[] body = in.readNBytes(length - MessageHeader.SIZE);
        if (body.length < length - MessageHeader.SIZE) {
            return null;
        }
        byte[] whole = new byte[length];
        System.arraycopy(header, 0, whole, 0, MessageHeader.SIZE);
        System.arraycopy(body, 0, whole, MessageHeader.SIZE, body.length);
        return whole;
    }

    @Override
    public void close() {
        ipc.close();
        thread.close();
        session.close();
    }
}
