package io.mserve.launcher.wiring;

import dagger.Module;
import dagger.Provides;
import io.mserve.core.auth.Authenticator;
import io.mserve.core.dispatch.DispatchLoop;
import io.mserve.core.dispatch.Dispatcher;
import io.mserve.core.secondary.SecondaryConnector;
import io.mserve.ipc.netty.EventLoops;
import io.mserve.ipc.netty.IpcSecondaryConnector;
import io.mserve.ipc.netty.NettyDispatchLoop;
import io.mserve.ipc.netty.PrimaryServer;
import io.mserve.ipc.netty.TransportSettings;
import io.mserve.launcher.config.LauncherConfig;
import io.mserve.ipc.tls.SecondaryTls;
import io.mserve.launcher.config.PoolsSettings;
import io.mserve.launcher.metrics.ClientMeters;
import io.mserve.launcher.plugins.Plugins;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

/** The kdb+ IPC transport: event loops, the client listener and connections to secondaries. */
@Module
public final class TransportModule {
    private TransportModule() {}

    @Provides
    @Singleton
    static EventLoops loops(TransportSettings settings) {
        return new EventLoops(settings.ioThreads(), settings.useNative());
    }

    @Provides
    @Singleton
    static DispatchLoop dispatchLoop(EventLoops loops) {
        return new NettyDispatchLoop(loops.dispatchLoop());
    }

    /**
     * The plugin named by {@code mserve.auth.authenticator}, else the users file's authenticator
     * ({@code mserve.auth.users-file}), else everybody.
     */
    @Provides
    @Singleton
    static Authenticator authenticator(LauncherConfig config, Plugins plugins) {
        return config.auth().authenticator(plugins.authenticators());
    }

    @Provides
    @Singleton
    static PrimaryServer server(TransportSettings settings, EventLoops loops, Dispatcher dispatcher,
            Authenticator authenticator, MeterRegistry registry) {
        PrimaryServer server = new PrimaryServer(settings, loops, dispatcher, authenticator);
        ClientMeters.register(registry, server.traffic());
        return server;
    }

    /** The remote secondaries of every pool written {@code tls://host:port}, and the one TLS context to reach them. */
    @Provides
    @Singleton
    static SecondaryTls secondaryTls(TransportSettings settings, PoolsSettings pools) {
        return settings.secondaryTls().to(pools.tlsAddresses());
    }

    @Provides
    @Singleton
    static SecondaryConnector connector(EventLoops loops, Dispatcher dispatcher, TransportSettings settings,
            SecondaryTls secondaryTls) {
        return new IpcSecondaryConnector(loops, dispatcher, settings, secondaryTls);
    }
}
