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

    /** The users file's authenticator ({@code mserve.auth.users-file}), or everybody when none is set. */
    @Provides
    static Authenticator authenticator(LauncherConfig config) {
        return config.auth().authenticator();
    }

    @Provides
    @Singleton
    static PrimaryServer server(TransportSettings settings, EventLoops loops, Dispatcher dispatcher,
            Authenticator authenticator) {
        return new PrimaryServer(settings, loops, dispatcher, authenticator);
    }

    @Provides
    @Singleton
    static SecondaryConnector connector(EventLoops loops, Dispatcher dispatcher, TransportSettings settings) {
        return new IpcSecondaryConnector(loops, dispatcher, settings);
    }
}
