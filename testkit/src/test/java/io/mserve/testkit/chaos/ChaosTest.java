package io.mserve.testkit.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.testkit.MservePrimary;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Nothing lost, nothing misrouted, under chaos: 4 secondary processes, 32 clients × 4 pipelined
 * deferred-sync queries with unique payloads, secondaries killed with SIGKILL, one hung at a time
 * until {@code request-timeout} and {@code kill-after} restart it, clients vanishing mid-query.
 * Runs {@code -Dmserve.chaos.seconds} (45 by default); prints its table.
 */
@Tag("chaos")
class ChaosTest {
    /** The primary a chaos run is made against: short timeouts and back-off, so that it recovers within the run. */
    static final String CHAOS_CONFIG = """
            mserve.dispatch { request-timeout = 2s, kill-after = 500ms }
            mserve.secondaries { restart-backoff { min = 100ms, max = 2s }, stop-grace = 1s }
            """;

    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withFakeProcesses(4).config(CHAOS_CONFIG);

    @Test
    void noQueryIsLostOrMisroutedWhileSecondariesAreKilledAndHungAndClientsVanish() throws InterruptedException {
        Duration duration = Duration.ofSeconds(Long.getLong("mserve.chaos.seconds", 45));
        ChaosReport report = new ChaosRun(ChaosPlan.of(duration), mserve.port(), mserve.primary()::status).run();
        System.out.println(report.markdown());
        report.otherSamples().forEach(sample -> System.out.println("  sample: " + sample));

        assertThat(report.misrouted()).as("misrouted").isZero();
        assertThat(report.neverAnswered()).as("never answered").isZero();
        assertThat(report.balanced()).as("every query accounted for once").isTrue();
        assertThat(report.correct()).as("answered correctly").isGreaterThan(report.sent() / 2);
        assertThat(report.kills()).as("secondaries killed").isPositive();
        assertThat(report.replaceMillis()).as("killed secondaries replaced").isNotEmpty();
        assertThat(report.vanished()).as("clients vanished").isPositive();
        assertThat(report.hangsTimedOut()).as("hung queries answered 'timeout").isPositive();
    }
}
