package io.mserve.testkit.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mserve.testkit.MservePrimary;
import io.mserve.testkit.QClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code handshake-timeout}: a connection that never completes the handshake is closed. */
class HandshakeTimeoutTest {
    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withFakes(1).config("mserve.transport.handshake-timeout = 300ms");

    @Test
    void aConnectionThatSendsNothingIsClosed() {
        try (RawClient silent = RawClient.open(mserve.port())) {
            long began = System.nanoTime();
            assertThat(silent.read(Duration.ofSeconds(5))).as("end of stream").isEqualTo(-1);
            assertThat((System.nanoTime() - began) / 1_000_000).isBetween(200L, 3_000L);
        }
    }

    @Test
    void aConnectionThatNeverSendsItsNulIsClosed() {
        try (RawClient partial = RawClient.open(mserve.port())) {
            partial.send("user:pass".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(partial.read(Duration.ofSeconds(5))).isEqualTo(-1);
        }
    }

    @Test
    void aLoggedInClientIsNotTimedOut() {
        QClient q = mserve.client();
        // Asked again and again for twice the handshake timeout: a query on a closed connection would throw.
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(10))
                .until(() -> new String((char[]) q.deferred("reply still here")).equals("still here"));
    }

    @Test
    void manySilentConnectionsDoNotDisturbAWorkingClient() {
        QClient q = mserve.client();
        RawClient[] silent = new RawClient[50];
        for (int i = 0; i < silent.length; i++) {
            silent[i] = RawClient.open(mserve.port());
        }
        assertThat(new String((char[]) q.deferred("reply meanwhile"))).isEqualTo("meanwhile");
        for (RawClient client : silent) {
            assertThat(client.read(Duration.ofSeconds(5))).isEqualTo(-1);
            client.close();
        }
    }
}
