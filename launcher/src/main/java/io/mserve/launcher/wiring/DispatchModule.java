package io.mserve.launcher.wiring;

import dagger.Module;
import dagger.Provides;
import io.mserve.core.auth.Authenticator;
import io.mserve.core.config.ConfigBlock;
import io.mserve.core.config.SettingsReader;
import io.mserve.core.dispatch.CentralDispatcher;
import io.mserve.core.dispatch.DispatchLoop;
import io.mserve.core.dispatch.DispatchMetrics;
import io.mserve.core.dispatch.DispatchSettings;
import io.mserve.core.dispatch.Dispatcher;
import io.mserve.core.dispatch.LocalEvaluator;
import io.mserve.core.dispatch.Pools;
import io.mserve.core.plugin.PluginException;
import io.mserve.core.strategy.LoadStrategy;
import io.mserve.core.strategy.StrategyContext;
import io.mserve.core.strategy.StrategyRegistry;
import io.mserve.engine.ipc.SessionEvaluator;
import io.mserve.engine.ops.Access;
import io.mserve.launcher.commands.PrimaryCommand;
import io.mserve.launcher.config.LauncherConfig;
import io.mserve.launcher.config.PoolsSettings;
import io.mserve.launcher.plugins.Plugins;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The central dispatcher and the pools' load strategies it routes by, chosen by name from the plugins found. */
@Module
public final class DispatchModule {
    private DispatchModule() {}

    /**
     * The pools, each with a fresh strategy of the provider its configuration names (checked to
     * exist), given its block {@code mserve.strategy.<name>}.
     *
     * @throws PluginException when a provider fails to create one
     */
    @Provides
    @Singleton
    static Pools pools(Plugins plugins, LauncherConfig config) {
        Map<String, LoadStrategy> strategies = new LinkedHashMap<>();
        for (PoolsSettings.Pool pool : config.pools().pools()) {
            strategies.put(pool.name(), strategy(plugins, config, pool.strategy()));
        }
        return new Pools(strategies, config.pools().defaultPool(), config.pools().poolOfUser());
    }

    private static LoadStrategy strategy(Plugins plugins, LauncherConfig config, String name) {
        StrategyRegistry strategies = plugins.strategies();
        LoadStrategy strategy;
        try {
            strategy = strategies.provider(name)
                    .create(StrategyContext.of(ConfigBlock.of(config.config(), "mserve.strategy." + name)));
        } catch (RuntimeException | LinkageError e) {
            throw PluginException.failedToStart("load strategy", name, strategies.source(name), e);
        }
        if (strategy == null) {
            throw new PluginException("load strategy '" + name + "' (" + strategies.source(name) + ") created no strategy");
        }
        return strategy;
    }

    @Provides
    @Singleton
    static DispatchMetrics metrics(MeterRegistry registry, LauncherConfig config) {
        return new DispatchMetrics(registry, config.pools().strategies());
    }

    /**
     * The primary's own q session, which evaluates sync messages ({@code sync = local}), with its {@code .mserve.*}
     * functions: admins' messages may do anything, others' what {@code mserve.auth.sync-access} allows.
     */
    @Provides
    @Singleton
    static SessionEvaluator engine(Set<PrimaryCommand> commands, Authenticator authenticator, LauncherConfig config) {
        Access admins = config.auth().restricted() ? Access.NO_SYSTEM : Access.FULL;
        Access others = Access.named(SettingsReader.label(config.auth().syncAccess())).and(admins);
        SessionEvaluator engine = new SessionEvaluator(System.out,
                caller -> Authenticator.ADMIN.equals(authenticator.role(caller.user())) ? admins : others);
        try {
            for (PrimaryCommand command : commands) {
                engine.define(command.name(), command::run);
            }
        } catch (Exception e) {
            engine.close();
            throw new IllegalStateException("cannot define the primary's .mserve functions", e);
        }
        return engine;
    }

    @Provides
    static LocalEvaluator evaluator(SessionEvaluator engine) {
        return engine;
    }

    @Provides
    @Singleton
    static Dispatcher dispatcher(DispatchSettings settings, Pools pools, LocalEvaluator evaluator,
            DispatchLoop loop, DispatchMetrics metrics) {
        return new CentralDispatcher(settings, pools, evaluator, loop, metrics, System::nanoTime);
    }
}
