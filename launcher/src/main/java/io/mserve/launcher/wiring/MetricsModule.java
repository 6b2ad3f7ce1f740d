package io.mserve.launcher.wiring;

import dagger.Module;
import dagger.Provides;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.inject.Singleton;

/** The meter registry every instrument is created in, once, at wiring time. */
@Module
public final class MetricsModule {
    private MetricsModule() {}

    @Provides
    @Singleton
    static MeterRegistry registry() {
        return new SimpleMeterRegistry();
    }
}
