package io.mserve.launcher.wiring;

import dagger.BindsInstance;
import dagger.Component;
import io.mserve.core.auth.Authenticator;
import io.mserve.core.dispatch.Dispatcher;
import io.mserve.core.dispatch.Pools;
import io.mserve.engine.ipc.SessionEvaluator;
import io.mserve.ipc.netty.EventLoops;
import io.mserve.ipc.netty.PrimaryServer;
import io.mserve.launcher.config.LauncherConfig;
import io.mserve.launcher.discovery.DiscoveredMembers;
import io.mserve.launcher.plugins.Plugins;
import io.mserve.launcher.secondary.Supervisor;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

/** One primary's object graph. Only the entry points {@link io.mserve.launcher.Primary} drives are exposed. */
@Singleton
@Component(modules = {ConfigModule.class, TransportModule.class, DispatchModule.class, CommandsModule.class,
        SecondariesModule.class, MetricsModule.class})
public interface PrimaryComponent {

    EventLoops loops();

    PrimaryServer server();

    Dispatcher dispatcher();

    Supervisor supervisor();

    /** The remote secondaries, as the discovery finds them; created early so that a failing discovery stops start-up. */
    DiscoveredMembers discovered();

    MeterRegistry meterRegistry();

    /** The pools with their load strategies, created from their plugins; asked for first so that a failing plugin stops start-up early. */
    Pools pools();

    /** Who may connect, created from its plugin when one is named. */
    Authenticator authenticator();
    /** The primary's own q session: clients' sync messages and the console. */
    SessionEvaluator engine();

    /** Builds the graph of a primary from its validated configuration. */
    @Component.Factory
    interface Factory {
        PrimaryComponent create(@BindsInstance LauncherConfig config, @BindsInstance Plugins plugins);
    }

    /** The factory of the generated component. */
    static Factory factory() {
        return DaggerPrimaryComponent.factory();
    }
}
