package io.mserve.testkit.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.mserve.testkit.MservePrimary;
import io.mserve.testkit.QClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Status, health and meters per pool, over HTTP: pool hdb (secondary 1) and pool rdb (secondaries 2 and 3). */
class PoolsStatusTest {
    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withPools().pool("hdb", 1).pool("rdb", 2).config("""
            mserve.metrics.prometheus-port = 0
            mserve.pools.rdb.strategy = round-robin
            mserve.default-pool = rdb
            mserve.pool-of-user { alice = hdb }
            # Shared by every pool: a secondary that goes stays down for the whole test.
            mserve.secondaries.restart-backoff { min = 10m, max = 10m }
            """);

    private StatusHttp http() {
        return new StatusHttp(mserve.primary().metricsPort());
    }

    @Test
    void statusJsonShowsEachPoolWithItsSecondariesAndQueue() {
        QClient alice = mserve.client("alice:");
        for (int i = 0; i < 3; i++) {
            alice.deferred("til 3");
        }

        JsonNode pools = http().status().path("pools");

        assertThat(pools.findValuesAsText("name")).containsExactly("hdb", "rdb");
        assertThat(pools.findValuesAsText("strategy")).containsExactly("least-queue", "round-robin");
        assertThat(pools.get(0).path("secondaries").findValues("id")).extracting(JsonNode::asInt).containsExactly(1);
        assertThat(pools.get(0).path("secondaries").get(0).path("served").asLong()).isEqualTo(3);
        assertThat(pools.get(1).path("secondaries").findValues("id")).extracting(JsonNode::asInt).containsExactly(2, 3);
        assertThat(pools.get(1).path("secondaries").findValues("served")).extracting(JsonNode::asLong).containsOnly(0L);
        assertThat(pools.findValues("queueDepth")).extracting(JsonNode::asInt).containsOnly(0);
        String scrape = http().get("/metrics").body();
        assertThat(scrape).contains("mserve_queue_depth{pool=\"hdb\"} 0.0", "mserve_queue_depth{pool=\"rdb\"} 0.0",
                "mserve_queries_total{outcome=\"ok\",pool=\"hdb\"} 3.0", "mserve_queries_total{outcome=\"ok\",pool=\"rdb\"} 0.0",
                "mserve_secondary_up{pool=\"rdb\",secondary=\"3\"} 1.0");
    }

    @Test
    void healthIs503OnceOnePoolHasNoSecondaryUpWhileTheOtherStillAnswers() {
        StatusHttp http = http();
        assertThat(http.health()).isEqualTo(200);
        assertThat(http.get("/health").body()).isEqualTo("{\"status\":\"up\",\"pools\":{\"hdb\":\"up\",\"rdb\":\"up\"}}");

        mserve.fake(1).crash();
        await().atMost(Duration.ofSeconds(20)).until(() -> http.health() == 503);

        HttpResponse<String> health = http.get("/health");
        assertThat(health.body()).isEqualTo("{\"status\":\"down\",\"pools\":{\"hdb\":\"down\",\"rdb\":\"up\"}}");
        assertThat(http.get("/metrics").body()).contains("mserve_secondary_up{pool=\"hdb\",secondary=\"1\"} 0.0");
        assertThat(http.status().path("recentErrors").findValuesAsText("message"))
                .anySatisfy(line -> assertThat(line).startsWith("secondary 1 (").contains("of pool hdb is down"));
        assertThat(new String((char[]) mserve.client("bob:").deferred("reply still here"))).isEqualTo("still here");
    }
}
