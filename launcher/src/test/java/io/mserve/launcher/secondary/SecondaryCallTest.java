package io.mserve.launcher.secondary;

import static io.mserve.launcher.secondary.OneReplySecondary.answering;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mserve.ipc.codec.Encoder;
import io.mserve.ipc.tls.SecondaryTls;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.KError;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.wire.MessageType;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A call straight to a secondary, against a {@link OneReplySecondary} that answers it with the
 * bytes a test gives: a good reply, an error, and malformed, truncated, oversized replies and a
 * refused login, each an {@link IOException} naming what was wrong. Over TLS: testkit's
 * {@code TlsSecondariesTest}, where the test certificates are.
 */
class SecondaryCallTest {
    private static final ByteVector QUERY = new ByteVector(QType.CHAR, "a:42".getBytes(StandardCharsets.US_ASCII));

    private final SecondaryCall call = new SecondaryCall(Duration.ofSeconds(5), Duration.ZERO, 1000, SecondaryTls.NONE);
    private OneReplySecondary secondary;

    @AfterEach
    void close() throws IOException {
        secondary.close();
    }

    @Test
    void sendsTheQueryAsASyncMessageAndDecodesTheReply() throws IOException {
        secondary = answering(Encoder.encode(MessageType.RESPONSE, new LongAtom(-QType.LONG, 42)));
        assertThat(call.call(secondary.address(), "mserve:", QUERY)).isEqualTo(new LongAtom(-QType.LONG, 42));
        assertThat(secondary.firstQuery()).isEqualTo(Encoder.encode(MessageType.SYNC, QUERY));
    }

    @Test
    void aSignalledErrorIsAnErrorValue() throws IOException {
        secondary = answering(Encoder.encode(MessageType.RESPONSE, new KError("type")));
        assertThat(call.call(secondary.address(), "mserve:", QUERY)).isEqualTo(new KError("type"));
    }

    @Test
    void aRefusedLoginIsSaidSo() throws IOException {
        secondary = answering(null);
        assertThatThrownBy(() -> call.call(secondary.address(), "mserve:", QUERY)).isInstanceOf(IOException.class)
                .hasMessage("closed without answering the handshake (login refused?)");
    }

    @Test
    void aReplyLongerThanAcceptedIsRefusedBeforeItIsRead() throws IOException {
        secondary = answering(new byte[] {1, 2, 0, 0, 0, 0, 0, 0x40});
        assertThatThrownBy(() -> call.call(secondary.address(), "mserve:", QUERY)).isInstanceOf(IOException.class)
                .hasMessage("a reply of 1073741824 bytes, over the 1000 accepted");
    }

    @Test
    void aTruncatedReplyIsAnEndOfStream() throws IOException {
        byte[] whole = Encoder.encode(MessageType.RESPONSE, new LongAtom(-QType.LONG, 42));
        secondary = answering(Arrays.copyOf(whole, whole.length - 3));
        assertThatThrownBy(() -> call.call(secondary.address(), "mserve:", QUERY)).isInstanceOf(EOFException.class)
                .hasMessage("closed after 14 of a reply's 17 bytes");
    }

    @Test
    void aMalformedReplyIsSaidSo() throws IOException {
        secondary = answering(new byte[] {7, 2, 0, 0, 9, 0, 0, 0, 0});
        assertThatThrownBy(() -> call.call(secondary.address(), "mserve:", QUERY)).isInstanceOf(IOException.class)
                .hasMessage("a malformed reply: byte order must be 0 or 1, is 7");
        secondary.close();
        secondary = answering(new byte[] {1, 2, 0, 0, 10, 0, 0, 0, 99, 0});
        assertThatThrownBy(() -> call.call(secondary.address(), "mserve:", QUERY)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("a malformed reply: ");
    }
}
