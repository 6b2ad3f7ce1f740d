package io.mserve.launcher.secondary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mserve.core.discovery.Address;
import io.mserve.ipc.codec.Encoder;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.KError;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.wire.MessageType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A call straight to a secondary, against a one-shot server on loopback that logs the call in
 * and answers it with the bytes a test gives: a good reply, an error, and malformed, truncated,
 * oversized replies and a refused login, each an {@link IOException} naming what was wrong.
 */
class SecondaryCallTest {
    private static final ByteVector QUERY = new ByteVector(QType.CHAR, "a:42".getBytes(StandardCharsets.US_ASCII));

    private final SecondaryCall call = new SecondaryCall(Duration.ofSeconds(5), 1000);
    private ServerSocket server;
    private CompletableFuture<byte[]> received;

    @AfterEach
    void close() throws IOException {
        server.close();
    }

    /** A server that reads the login and the query, then writes {@code reply} (no capability byte when null) and closes. */
    private Address answering(byte[] reply) throws IOException {
        server = new ServerSocket(0);
        received = CompletableFuture.supplyAsync(() -> {
            try (Socket socket = server.accept()) {
                InputStream in = socket.getInputStream();
                OutputStream out = socket.getOutputStream();
                while (in.read() > 0) {
                    // The login, up to its NUL.
                }
                if (reply == null) {
                    return new byte[0];
                }
                out.write(3);
                byte[] header = in.readNBytes(8);
                int length = (header[4] & 0xFF) | (header[5] & 0xFF) << 8 | (header[6] & 0xFF) << 16 | (header[7] & 0xFF) << 24;
                byte[] query = new byte[length];
                System.arraycopy(header, 0, query, 0, 8);
                in.readNBytes(query, 8, length - 8);
                out.write(reply);
                out.flush();
                return query;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return new Address("127.0.0.1", server.getLocalPort());
    }

    @Test
    void sendsTheQueryAsASyncMessageAndDecodesTheReply() throws IOException {
        Address secondary = answering(Encoder.encode(MessageType.RESPONSE, new LongAtom(-QType.LONG, 42)));
        assertThat(call.call(secondary, "mserve:", QUERY)).isEqualTo(new LongAtom(-QType.LONG, 42));
        assertThat(received.join()).isEqualTo(Encoder.encode(MessageType.SYNC, QUERY));
    }

    @Test
    void aSignalledErrorIsAnErrorValue() throws IOException {
        Address secondary = answering(Encoder.encode(MessageType.RESPONSE, new KError("type")));
        assertThat(call.call(secondary, "mserve:", QUERY)).isEqualTo(new KError("type"));
    }

    @Test
    void aRefusedLoginIsSaidSo() throws IOException {
        Address secondary = answering(null);
        assertThatThrownBy(() -> call.call(secondary, "mserve:", QUERY)).isInstanceOf(IOException.class)
                .hasMessage("closed without answering the handshake (login refused?)");
    }

    @Test
    void aReplyLongerThanAcceptedIsRefusedBeforeItIsRead() throws IOException {
        byte[] header = {1, 2, 0, 0, 0, 0, 0, 0x40};
        Address secondary = answering(header);
        assertThatThrownBy(() -> call.call(secondary, "mserve:", QUERY)).isInstanceOf(IOException.class)
                .hasMessage("a reply of 1073741824 bytes, over the 1000 accepted");
    }

    @Test
    void aTruncatedReplyIsAnEndOfStream() throws IOException {
        byte[] whole = Encoder.encode(MessageType.RESPONSE, new LongAtom(-QType.LONG, 42));
        Address secondary = answering(Arrays.copyOf(whole, whole.length - 3));
        assertThatThrownBy(() -> call.call(secondary, "mserve:", QUERY)).isInstanceOf(IOException.class);
    }

    @Test
    void aMalformedReplyIsSaidSo() throws IOException {
        Address bad = answering(new byte[] {7, 2, 0, 0, 9, 0, 0, 0, 0});
        assertThatThrownBy(() -> call.call(bad, "mserve:", QUERY)).isInstanceOf(IOException.class)
                .hasMessage("a malformed reply: byte order must be 0 or 1, is 7");
        server.close();
        Address badType = answering(new byte[] {1, 2, 0, 0, 10, 0, 0, 0, 99, 0});
        assertThatThrownBy(() -> call.call(badType, "mserve:", QUERY)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("a malformed reply: ");
    }
}
