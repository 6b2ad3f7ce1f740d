package io.mserve.launcher.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.launcher.status.StatusReport.Clients;
import io.mserve.launcher.status.StatusReport.Pool;
import io.mserve.launcher.status.StatusReport.Queries;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusReportTest {
    private static StatusReport of(Pool... pools) {
        return new StatusReport("2026-12-05T00:00:00Z", "least-queue", 1, new Clients(0, 0, 0),
                new Queries(0, 0, 0, 0, 0, 0), List.of(pools), List.of());
    }

    @Test
    void healthyWhenEveryPoolHasASecondaryUp() {
        assertThat(of(new Pool("rdb", "round-robin", true, 0, List.of()), new Pool("hdb", "least-queue", true, 0, List.of()))
                .healthy()).isTrue();
        assertThat(of(new Pool("rdb", "round-robin", true, 0, List.of()), new Pool("hdb", "least-queue", false, 0, List.of()))
                .healthy()).isFalse();
        assertThat(of().healthy()).as("no pool, no secondary").isFalse();
    }
}
