package io.mserve.launcher.wiring;

import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.mserve.core.auth.Authenticator;
import io.mserve.core.dispatch.DispatchSettings;
import io.mserve.core.dispatch.Dispatcher;
import io.mserve.ipc.netty.TransportSettings;
import io.mserve.ipc.tls.SecondaryTls;
import io.mserve.launcher.commands.AddCommand;
import io.mserve.launcher.commands.Admins;
import io.mserve.launcher.commands.EachCommand;
import io.mserve.launcher.commands.PrimaryCommand;
import io.mserve.launcher.commands.RemoveCommand;
import io.mserve.launcher.commands.RestartCommand;
import io.mserve.launcher.commands.UseCommand;
import io.mserve.launcher.secondary.SecondaryCall;
import io.mserve.launcher.secondary.Supervisor;
import io.mserve.launcher.status.StatusCommand;
import java.time.Duration;

/** The primary's own q functions, {@code .mserve.*}: one provider each. */
@Module
public final class CommandsModule {
    private CommandsModule() {}

    @Provides
    @IntoSet
    static PrimaryCommand status(Lazy<Dispatcher> dispatcher) {
        return new StatusCommand(() -> dispatcher.get().status());
    }

    @Provides
    @IntoSet
    static PrimaryCommand use(Lazy<Dispatcher> dispatcher) {
        return new UseCommand(dispatcher::get);
    }

    @Provides
    static Admins admins(Authenticator authenticator) {
        return new Admins(authenticator);
    }

    @Provides
    @IntoSet
    static PrimaryCommand add(Admins admins, Lazy<Supervisor> supervisor, Lazy<Dispatcher> dispatcher) {
        return new AddCommand(admins, supervisor::get, dispatcher::get);
    }

    @Provides
    @IntoSet
    static PrimaryCommand remove(Admins admins, Lazy<Supervisor> supervisor) {
        return new RemoveCommand(admins, supervisor::get);
    }

    @Provides
    @IntoSet
    static PrimaryCommand each(Admins admins, Lazy<Supervisor> supervisor, Lazy<Dispatcher> dispatcher,
            TransportSettings transport, DispatchSettings dispatch, SecondaryTls secondaryTls) {
        // each secondary's answer is awaited as long as a routed query's (mserve.dispatch.request-timeout)
        return new EachCommand(admins, supervisor::get, dispatcher::get, new SecondaryCall(transport.handshakeTimeout(),
                dispatch.requestTimeout().orElse(Duration.ZERO), transport.maxMessageBytes(), secondaryTls));
    }

    @Provides
    @IntoSet
    static PrimaryCommand restart(Admins admins, Lazy<Supervisor> supervisor, Lazy<Dispatcher> dispatcher) {
        return new RestartCommand(admins, supervisor::get, dispatcher::get);
    }
}
