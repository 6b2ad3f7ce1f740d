package io.mserve.launcher.metrics;

import com.typesafe.config.Config;
import io.mserve.core.config.SettingsReader;
import java.util.OptionalInt;

/**
 * Where metrics are published, block {@code mserve.metrics}.
 *
 * @param prometheusPort the port of the Prometheus scrape endpoint; empty when it is off (0: any free port)
 * @param host           the address the endpoint listens on
 */
public record MetricsSettings(OptionalInt prometheusPort, String host) {

    public static MetricsSettings from(Config config) {
        SettingsReader in = SettingsReader.of(config, "mserve.metrics");
        String port = in.text("prometheus-port").trim();
        OptionalInt prometheus = OptionalInt.empty();
        if (!port.equals("off")) {
            prometheus = OptionalInt.of(in.intIn("prometheus-port", 0, 65_535));
        }
        String host = in.string("host");
        in.done();
        return new MetricsSettings(prometheus, host);
    }
}
