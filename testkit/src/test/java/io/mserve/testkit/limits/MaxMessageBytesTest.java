package io.mserve.testkit.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mserve.testkit.MservePrimary;
import io.mserve.testkit.QClient;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code max-message-bytes}: a longer message closes its sender's connection; nobody else notices. */
class MaxMessageBytesTest {
    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withFakes(2).config("mserve.transport.max-message-bytes = 65536");

    @Test
    void aClientSendingABiggerMessageIsDisconnected() {
        QClient bystander = mserve.client();
        assertThat(new String((char[]) bystander.deferred("reply before"))).isEqualTo("before");
        QClient big = mserve.client();
        assertThat(new String((char[]) big.deferred("x".repeat(60_000)))).hasSize(60_000);
        big.async("x".repeat(70_000));
        assertThatThrownBy(big::receive).isInstanceOf(UncheckedIOException.class);
        assertThat(new String((char[]) bystander.deferred("reply after"))).isEqualTo("after");
    }

    @Test
    void aLengthFieldOverTheLimitClosesBeforeTheBodyArrives() {
        QClient bystander = mserve.client();
        try (RawClient liar = RawClient.login(mserve.port())) {
            // An async message header claiming 1 GB, and 100 bytes of body.
            byte[] bytes = new byte[108];
            bytes[0] = 1;
            bytes[1] = 0;
            bytes[4] = 0;
            bytes[5] = 0;
            bytes[6] = 0;
            bytes[7] = 0x40;
            liar.send(bytes);
            assertThat(liar.drainUntilClosed(Duration.ofSeconds(5))).as("closed, nothing sent back").isZero();
        }
        assertThat(new String((char[]) bystander.deferred("reply fine"))).isEqualTo("fine");
    }
}
