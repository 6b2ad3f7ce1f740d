package io.mserve.testkit.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mserve.testkit.MetricsEndpoint;
import io.mserve.testkit.MservePrimary;
import io.mserve.testkit.QClient;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code client-buffer-max}: a client that asks for large replies and never reads them is
 * disconnected once that many bytes wait for it; the primary's heap stays bounded meanwhile.
 */
class SlowReaderTest {
    private static final int QUERIES = 500;
    /** Each reply is {@code til 100000}: 800 KB of longs, 400 MB for all of them. */
    private static final String QUERY = "til 100000";

    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withFakes(2)
            .config("mserve.transport.client-buffer-max = 8MB\nmserve.metrics.prometheus-port = 0");

    @Test
    void aClientThatNeverReadsIsDisconnectedAndTheHeapStaysBounded() {
        QClient bystander = mserve.client();
        assertThat((long[]) bystander.deferred(QUERY)).hasSize(100_000);
        try (HeapWatch heap = HeapWatch.start(); RawClient sloth = RawClient.login(mserve.port()).smallReceiveBuffer()) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] one = RawClient.asyncText(QUERY);
            for (int i = 0; i < QUERIES; i++) {
                all.writeBytes(one);
            }
            sloth.send(all.toByteArray());
            // It never reads; the primary must give up on it (the bystander stays). Reading then only finds the end.
            MetricsEndpoint metrics = new MetricsEndpoint(mserve.primary().metricsPort());
            await().atMost(Duration.ofSeconds(60)).until(() -> metrics.value("mserve_clients") == 1);
            long read = sloth.drainUntilClosed(Duration.ofSeconds(20));
            assertThat(read).as("the primary closed the connection").isNotNegative();
            assertThat(read).as("bytes it got: far less than the 400 MB asked for").isLessThan(64L << 20);
            long peak = heap.peakAboveBaseline();
            System.out.printf("slow reader: %d bytes delivered before the close; peak heap %s above a baseline of %s%n",
                    read, HeapWatch.mb(peak), HeapWatch.mb(heap.baseline()));
            assertThat(peak).as("peak heap above baseline").isLessThan(160L << 20);
        }
        assertThat((long[]) bystander.deferred(QUERY)).hasSize(100_000);
        assertThat(new String((char[]) bystander.deferred("reply fine"))).isEqualTo("fine");
    }
}
