package io.mserve.launcher.wiring;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import io.mserve.core.dispatch.CentralDispatcher;
import io.mserve.core.dispatch.DispatchLoop;
import io.mserve.core.dispatch.DispatchMetrics;
import io.mserve.core.dispatch.DispatchSettings;
import io.mserve.core.dispatch.Dispatcher;
import io.mserve.core.dispatch.LocalEvaluator;
import io.mserve.core.strategy.LoadStrategy;
import io.mserve.core.strategy.LoadStrategyProvider;
import io.mserve.core.strategy.StrategyContext;
import io.mserve.core.strategy.StrategyRegistry;
import io.mserve.engine.ipc.SessionEvaluator;
import io.mserve.launcher.config.LauncherConfig;
import io.mserve.launcher.status.StatusEvaluator;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

/** The central dispatcher and the load strategy it routes by, chosen by name from the plugins found. */
@Module
public final class DispatchModule {
    private DispatchModule() {}

    /** The strategies on the class path, found through the thread's context class loader. */
    @Provides
    @Singleton
    static StrategyRegistry strategies() {
        return StrategyRegistry.load(Thread.currentThread().getContextClassLoader());
    }

    /**
     * The provider named by {@code mserve.strategy.name}.
     *
     * @throws ConfigException.BadValue listing the names found, when none is called so
     */
    @Provides
    static LoadStrategyProvider provider(StrategyRegistry strategies, LauncherConfig config) {
        try {
            return strategies.provider(config.strategy());
        } catch (IllegalArgumentException e) {
            throw new ConfigException.BadValue("mserve.strategy.name", e.getMessage());
        }
    }

    /** A fresh strategy, given its block {@code mserve.strategy.<name>}. */
    @Provides
    @Singleton
    static LoadStrategy strategy(LoadStrategyProvider provider, Config config) {
        return provider.create(StrategyContext.of(config, provider.name()));
    }

    @Provides
    @Singleton
    static DispatchMetrics metrics(MeterRegistry registry, LauncherConfig config) {
        return new DispatchMetrics(registry, config.strategy());
    }

    /** The primary's own q session, which evaluates sync messages ({@code sync = local}). */
    @Provides
    @Singleton
    static SessionEvaluator engine() {
        return new SessionEvaluator(System.out);
    }

    /** {@code .mserve.status[]}, then the primary's q session for every other sync message. */
    @Provides
    static LocalEvaluator evaluator(Lazy<Dispatcher> dispatcher, SessionEvaluator engine) {
        return new StatusEvaluator(() -> dispatcher.get().status(), engine);
    }

    @Provides
    @Singleton
    static Dispatcher dispatcher(DispatchSettings settings, LoadStrategy strategy, LocalEvaluator evaluator,
            DispatchLoop loop, DispatchMetrics metrics) {
        return new CentralDispatcher(settings, strategy, evaluator, loop, metrics, System::nanoTime);
    }
}
