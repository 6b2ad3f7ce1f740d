package io.mserve.launcher.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import io.mserve.launcher.Primary;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class MetricsTest {
    private static MetricsSettings settings(String hocon) {
        return MetricsSettings.from(ConfigFactory.parseString(hocon).withFallback(ConfigFactory.load()).resolve());
    }

    @Test
    void theEndpointIsOffByDefault() {
        assertThat(settings("").prometheusPort()).isEmpty();
        assertThat(settings("mserve.metrics.prometheus-port = 9464").prometheusPort()).hasValue(9464);
    }

    @Test
    void aBadPortNamesTheKey() {
        assertThatThrownBy(() -> settings("mserve.metrics.prometheus-port = lots"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("mserve.metrics.prometheus-port");
        assertThatThrownBy(() -> settings("mserve.metrics.prometheus-port = 70000"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("mserve.metrics.prometheus-port");
    }

    @Test
    void prometheusScrapesThePrimarysMeters() throws Exception {
        try (Primary primary = Primary.start(ConfigFactory.parseString(
                "mserve.transport { host = \"127.0.0.1\", port = 0 }\nmserve.metrics.prometheus-port = 0")
                .withFallback(ConfigFactory.load()).resolve())) {
            HttpResponse<String> scrape = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + primary.metricsPort() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.body()).contains("mserve_queue_depth");
        }
    }
}
