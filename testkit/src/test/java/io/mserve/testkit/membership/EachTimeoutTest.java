package io.mserve.testkit.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.mserve.core.dispatch.SecondaryStatus;
import io.mserve.core.secondary.SecondaryState;
import io.mserve.testkit.MservePrimary;
import io.mserve.testkit.QClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With {@code mserve.dispatch.request-timeout} set, {@code .mserve.each} answers its caller
 * {@code 'timeout} when it runs longer, as any request does, and waits for each secondary's answer
 * no longer than that either: a secondary that does not answer is back in rotation (busy with the
 * query until it ends, as a kdb+ secondary is with any query) instead of held drained.
 */
class EachTimeoutTest {
    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withFakes(2).config(AdminRoleForTests.CONFIG)
            .config("mserve.dispatch.request-timeout = 300ms");

    @Test
    void aSecondaryThatDoesNotAnswerIsGivenUpOnAndRejoinsTheRotation() {
        try (QClient admin = QClient.connect("127.0.0.1", mserve.port(), "admin:")) {
            assertThatThrownBy(() -> admin.sync(".mserve.each \"sleep 30000; who\"")).isInstanceOf(QClient.QError.class)
                    .hasMessage("timeout");
            // each fake sleeps 30 s: waiting for its answer would hold it drained all that time
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(mserve.primary().status()).extracting(SecondaryStatus::state).containsOnly(SecondaryState.UP));
        }
    }
}
