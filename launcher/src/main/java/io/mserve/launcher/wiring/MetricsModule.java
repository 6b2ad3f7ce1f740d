package io.mserve.launcher.wiring;

import dagger.Module;
import dagger.Provides;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.mserve.launcher.config.LauncherConfig;
import jakarta.inject.Singleton;

/** The meter registry every instrument is created in, once, at wiring time: Prometheus's when its endpoint is on. */
@Module
public final class MetricsModule {
    private MetricsModule() {}

    @Provides
    @Singleton
    static MeterRegistry registry(LauncherConfig config) {
        return config.metrics().prometheusPort().isPresent()
                ? new PrometheusMeterRegistry(PrometheusConfig.DEFAULT) : new SimpleMeterRegistry();
    }
}
