package io.mserve.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reading one series from a scrape, against a stand-in endpoint serving set text. */
class MetricsEndpointTest {
    private HttpServer server;

    private MetricsEndpoint serving(String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/metrics", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return new MetricsEndpoint(server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void theSeriesNamedExactlyIsReadNotOneThatStartsAlike() throws IOException {
        MetricsEndpoint metrics = serving("""
                # HELP mserve_queue_depth Queries waiting in the central queue
                # TYPE mserve_queue_depth gauge
                mserve_queue_depth_max 9.0
                mserve_queue_depth 4998.0
                mserve_queries_total{outcome="ok"} 12.0
                """);
        assertThat(metrics.value("mserve_queue_depth")).isEqualTo(4998.0);
        assertThat(metrics.value("mserve_queries_total{outcome=\"ok\"}")).isEqualTo(12.0);
    }

    @Test
    void aMissingSeriesIsNamed() throws IOException {
        MetricsEndpoint metrics = serving("mserve_queue_depth_max 9.0\n");
        assertThatThrownBy(() -> metrics.value("mserve_queue_depth"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no mserve_queue_depth in http://127.0.0.1:");
    }

    @Test
    void anEmptyOrTruncatedScrapeHasNoSeries() throws IOException {
        assertThatThrownBy(() -> serving("").value("mserve_queue_depth")).isInstanceOf(IllegalStateException.class);
        stop();
        assertThatThrownBy(() -> serving("mserve_queue_de").value("mserve_queue_depth")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aValueThatIsNotANumberIsRefused() throws IOException {
        assertThatThrownBy(() -> serving("mserve_queue_depth lots\n").value("mserve_queue_depth"))
                .isInstanceOf(NumberFormatException.class);
    }

    @Test
    void anEndpointThatIsNotThereFailsWithTheIoError() throws IOException {
        MetricsEndpoint metrics = serving("");
        stop();
        server = null;
        assertThatThrownBy(() -> metrics.value("mserve_queue_depth")).isInstanceOf(UncheckedIOException.class);
    }
}
