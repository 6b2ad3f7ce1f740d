package io.mserve.testkit.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mserve.testkit.MservePrimary;
import io.mserve.testkit.QClient;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replies owed in request order wait on the primary behind a slow earlier one: they count
 * against {@code client-buffer-max} too, or one client could make the primary hold any amount.
 */
class HeldRepliesTest {
    private static final int QUERIES = 300;

    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withFakes(2).config("mserve.transport.client-buffer-max = 8MB");

    @Test
    void repliesHeldBehindASlowQueryCannotGrowWithoutBound() {
        QClient bystander = mserve.client();
        QClient greedy = mserve.client();
        try (HeapWatch heap = HeapWatch.start()) {
            long began = System.nanoTime();
            greedy.async("sleep 5000; reply first");
            for (int i = 0; i < QUERIES; i++) {
                greedy.async("til 100000");
            }
            assertThatThrownBy(greedy::receive).as("disconnected, not answered").isInstanceOf(UncheckedIOException.class);
            long tookMs = (System.nanoTime() - began) / 1_000_000;
            long peak = heap.peakAboveBaseline();
            System.out.printf("held replies: disconnected after %d ms; peak heap %s above baseline%n", tookMs,
                    HeapWatch.mb(peak));
            assertThat(tookMs).as("before the slow query ended").isLessThan(4_500);
            assertThat(peak).as("peak heap above baseline (240 MB of replies were asked for)").isLessThan(100L << 20);
        }
        assertThat(new String((char[]) bystander.deferred("reply fine"))).isEqualTo("fine");
    }

    @Test
    void aClientWithinTheLimitGetsEveryReplyInOrder() {
        QClient q = mserve.client();
        q.async("sleep 300; reply first");
        for (int i = 0; i < 5; i++) {
            q.async("til 100000");
        }
        assertThat(new String((char[]) q.receive())).isEqualTo("first");
        for (int i = 0; i < 5; i++) {
            assertThat((long[]) q.receive()).hasSize(100_000);
        }
    }
}
