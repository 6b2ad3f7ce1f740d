package io.mserve.launcher.wiring;

import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.mserve.core.dispatch.Dispatcher;
import io.mserve.launcher.commands.PrimaryCommand;
import io.mserve.launcher.commands.UseCommand;
import io.mserve.launcher.status.StatusCommand;

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
}
