package io.mserve.launcher.secondary;

import static io.mserve.launcher.secondary.OneReplySecondary.answering;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mserve.ipc.codec.Encoder;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.KError;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.wire.MessageType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The probe's {@code .z.i} question to a started secondary, against a {@link OneReplySecondary}:
 * its pid is checked, and a reply that is no pid (an error, malformed, longer than a pid,
 * truncated) never has the port taken.
 */
class HandshakeProbeTest {
    private static final byte[] PID = Encoder.encode(MessageType.RESPONSE, new IntAtom(-QType.INT, 4242));
    private static final Duration PATIENCE = Duration.ofMillis(600);

    private OneReplySecondary secondary;

    @AfterEach
    void close() throws IOException {
        secondary.close();
    }

    private int probe(long pid) throws Exception {
        return new HandshakeProbe("mserve:").await("127.0.0.1", secondary.address().port(), PATIENCE,
                new CompletableFuture<>(), answered -> answered == pid);
    }

    private String port() {
        return secondary.address().toString();
    }

    @Test
    void theSecondaryWhosePidIsTheOneStartedIsReady() throws Exception {
        secondary = answering(PID);
        assertThat(probe(4242)).isEqualTo(3);
        assertThat(secondary.firstQuery()).isEqualTo(Encoder.encode(MessageType.SYNC,
                new ByteVector(QType.CHAR, ".z.i".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void anotherPidOrAnErrorIsNotTaken() throws IOException {
        secondary = answering(PID);
        assertThatThrownBy(() -> probe(1)).isInstanceOf(HandshakeProbe.NotReady.class)
                .hasMessage("port " + secondary.address().port() + " is held by another process (pid 4242), not the secondary started: it is not taken");
        secondary.close();
        secondary = answering(Encoder.encode(MessageType.RESPONSE, new KError("access")));
        assertThatThrownBy(() -> probe(4242)).isInstanceOf(HandshakeProbe.NotReady.class)
                .hasMessage(port() + " answered .z.i with 'access, not a pid: it is not taken");
    }

    @Test
    void aReplyLongerThanAPidIsNotTakenAndNotRead() throws IOException {
        secondary = answering(new byte[] {1, 2, 0, 0, 0, 0, 0, 0x40});
        assertThatThrownBy(() -> probe(4242)).isInstanceOf(HandshakeProbe.NotReady.class)
                .hasMessage(port() + " answered .z.i with a reply of 1073741824 bytes, over the 64 accepted, not a pid: it is not taken");
    }

    @Test
    void aMalformedReplyIsNotTaken() throws IOException {
        secondary = answering(new byte[] {7, 2, 0, 0, 13, 0, 0, 0, -6, 0, 0, 0, 0});
        assertThatThrownBy(() -> probe(4242)).isInstanceOf(HandshakeProbe.NotReady.class)
                .hasMessage(port() + " answered .z.i with a malformed reply: byte order must be 0 or 1, is 7, not a pid: it is not taken");
    }

    @Test
    void aTruncatedReplyIsRetriedUntilTheDeadline() throws IOException {
        secondary = answering(Arrays.copyOf(PID, 10));
        assertThatThrownBy(() -> probe(4242)).isInstanceOf(HandshakeProbe.NotReady.class)
                // The last attempt's own failure depends on how much time it had left.
                .hasMessageStartingWith("did not answer the handshake on " + port() + " within 0.6 s (last attempt: ");
    }
}
