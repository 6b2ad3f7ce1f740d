package io.mserve.launcher.commands;

import io.mserve.core.dispatch.Caller;
import io.mserve.core.dispatch.Dispatcher;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KError;
import io.mserve.launcher.secondary.SecondaryCall;
import io.mserve.launcher.secondary.Supervisor;
import java.util.function.Supplier;

/**
 * {@code .mserve.each x} (admins): runs {@code x} (a string, or any value a secondary evaluates
 * as {@code h x}) on every secondary of the caller's pool (every pool's from the console), one at a time, each drained first and sent {@code x}
 * straight, outside the queue; returns {@code `host:port} → its result or its error's text.
 * Client queries keep flowing to the others meanwhile.
 */
public final class EachCommand implements PrimaryCommand {
    private final Admins admins;
    private final Supplier<Supervisor> supervisor;
    private final Supplier<Dispatcher> dispatcher;
    private final SecondaryCall call;

    public EachCommand(Admins admins, Supplier<Supervisor> supervisor, Supplier<Dispatcher> dispatcher, SecondaryCall call) {
        this.admins = admins;
        this.supervisor = supervisor;
        this.dispatcher = dispatcher;
        this.call = call;
    }

    @Override
    public String name() {
        return ".mserve.each";
    }

    @Override
    public K run(Caller caller, K argument) {
        admins.require(caller);
        return new Rolling(dispatcher.get()).over(Scope.members(caller, dispatcher.get(), supervisor.get()), name(), false, secondary -> {
            K result = call.call(secondary.address(), supervisor.get().login(secondary), argument);
            return result instanceof KError error ? Arguments.chars(error.text()) : result;
        });
    }
}
