package io.mserve.testkit.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.mserve.core.dispatch.SecondaryStatus;
import io.mserve.testkit.MservePrimary;
import io.mserve.testkit.QClient;
import io.mserve.testkit.QClient.QError;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The metrics port's status page, status.json and health, over HTTP, with fake secondary processes. */
class StatusPageTest {
    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withFakeProcesses(2).config(
            "mserve.metrics.prometheus-port = 0\n"
                    // A killed secondary stays down for the whole test.
                    + "mserve.secondaries.restart-backoff { min = 10m, max = 10m }");

    private StatusHttp http() {
        return new StatusHttp(mserve.primary().metricsPort());
    }

    @Test
    void theRootIsOneSelfContainedHtmlPageThatRefreshesFromStatusJson() {
        HttpResponse<String> page = http().get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).startsWith("<!DOCTYPE html>").contains("<style>", "<script>", "fetch(\"status.json\"");
        assertThat(page.body()).as("nothing loaded from elsewhere: it works offline")
                .doesNotContain("http://", "https://", " src=", "<link", "@import");
        assertThat(http().get("/nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void statusJsonCountsEachSecondarysQueriesAndTheClientsTraffic() {
        QClient client = mserve.client();
        for (int i = 0; i < 10; i++) {
            assertThat((long[]) client.deferred("til 3")).containsExactly(0, 1, 2);
        }
        try {
            client.deferred("fail oops");
        } catch (QError expected) {
            assertThat(expected).hasMessage("oops");
        }

        JsonNode status = http().status();

        assertThat(status.path("pools")).hasSize(1);
        JsonNode pool = status.path("pools").get(0);
        assertThat(pool.path("name").asText()).isEqualTo("default");
        assertThat(pool.path("up").asBoolean()).isTrue();
        assertThat(pool.path("queueDepth").asInt()).isZero();
        List<String> states = new ArrayList<>();
        long served = 0;
        long errors = 0;
        for (JsonNode secondary : pool.path("secondaries")) {
            states.add(secondary.path("state").asText());
            served += secondary.path("served").asLong();
            errors += secondary.path("errors").asLong();
            assertThat(secondary.path("pid").isNumber()).isTrue();
            assertThat(secondary.path("inFlight").asInt()).isZero();
            if (secondary.path("served").asLong() > 0) {
                assertThat(secondary.path("p50Ms").asDouble()).isPositive();
                assertThat(secondary.path("p99Ms").asDouble()).isGreaterThanOrEqualTo(secondary.path("p50Ms").asDouble());
            }
        }
        assertThat(states).containsExactly("up", "up");
        assertThat(served).isEqualTo(11);
        assertThat(errors).isEqualTo(1);
        assertThat(status.path("queries").path("ok").asLong()).isEqualTo(10);
        assertThat(status.path("queries").path("error").asLong()).isEqualTo(1);
        assertThat(status.path("clients").path("connections").asInt()).isEqualTo(1);
        assertThat(status.path("clients").path("bytesIn").asLong()).isGreaterThan(11 * 8);
        assertThat(status.path("clients").path("bytesOut").asLong()).isGreaterThan(10 * (8 + 6 + 24));
    }

    @Test
    void healthIs200WhileASecondaryIsUpAnd503OnceEveryOneIsKilled() {
        StatusHttp http = http();
        assertThat(http.health()).isEqualTo(200);
        assertThat(http.get("/health").body()).isEqualTo("{\"status\":\"up\",\"pools\":{\"default\":\"up\"}}");

        List<SecondaryStatus> secondaries = mserve.primary().status();
        kill(secondaries.get(0));
        await().atMost(Duration.ofSeconds(20)).until(() -> states(http).equals(List.of("down", "up")));
        assertThat(http.health()).as("one secondary of the pool is still up").isEqualTo(200);

        kill(secondaries.get(1));
        await().atMost(Duration.ofSeconds(20)).until(() -> states(http).equals(List.of("down", "down")));
        HttpResponse<String> health = http.get("/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).isEqualTo("{\"status\":\"down\",\"pools\":{\"default\":\"down\"}}");

        String scrape = http.get("/metrics").body();
        assertThat(scrape).contains("mserve_secondary_up{pool=\"default\",secondary=\"1\"} 0.0", "mserve_secondary_up{pool=\"default\",secondary=\"2\"} 0.0",
                "mserve_secondary_restarts_total{pool=\"default\",secondary=\"1\"} 0.0", "mserve_clients ", "mserve_client_bytes_total{direction=\"in\"}");
        assertThat(http.status().path("recentErrors").findValuesAsText("message"))
                .anySatisfy(line -> assertThat(line).startsWith("secondary 1 (").contains("is down"))
                .anySatisfy(line -> assertThat(line).startsWith("secondary 2 (").contains("is down"));
    }

    private static void kill(SecondaryStatus secondary) {
        ProcessHandle.of(secondary.info().pid().orElseThrow()).orElseThrow().destroyForcibly();
    }

    private static List<String> states(StatusHttp http) {
        return http.status().path("pools").get(0).path("secondaries").findValuesAsText("state");
    }
}
