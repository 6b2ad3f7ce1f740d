package io.mserve.launcher.wiring;

import com.typesafe.config.Config;
import dagger.Module;
import dagger.Provides;
import io.mserve.core.dispatch.DispatchSettings;
import io.mserve.ipc.netty.TransportSettings;
import io.mserve.launcher.config.LauncherConfig;
import io.mserve.launcher.config.PoolsSettings;
import io.mserve.launcher.config.SecondariesSettings;

/** The validated configuration and each module's typed settings, read once at start-up. */
@Module
public final class ConfigModule {
    private ConfigModule() {}

    @Provides
    static Config config(LauncherConfig config) {
        return config.config();
    }

    @Provides
    static TransportSettings transport(LauncherConfig config) {
        return config.transport();
    }

    @Provides
    static DispatchSettings dispatch(LauncherConfig config) {
        return config.dispatch();
    }

    @Provides
    static SecondariesSettings secondaries(LauncherConfig config) {
        return config.secondaries();
    }

    @Provides
    static PoolsSettings pools(LauncherConfig config) {
        return config.pools();
    }
}
