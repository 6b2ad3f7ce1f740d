package io.mserve.launcher.commands;

import io.mserve.core.dispatch.Caller;
import io.mserve.core.dispatch.Dispatcher;
import io.mserve.launcher.secondary.Supervisor;
import io.mserve.launcher.secondary.Supervisor.MemberAddress;
import java.util.List;
import java.util.Optional;

/** The secondaries an admin command acts on: those of the calling client's pool, or every pool's from the console. */
final class Scope {
    private Scope() {}

    /** The calling client's pool ({@code .mserve.use}); empty for the console. */
    static Optional<String> poolOf(Caller caller, Dispatcher dispatcher) {
        if (caller.handle() == Caller.CONSOLE.handle()) {
            return Optional.empty();
        }
        return PrimaryCommand.await(dispatcher.use(caller.handle(), Optional.empty()), "its pool", "mserve: no answer");
    }

    /** The members of the caller's pool, in id order; every member for the console. */
    static List<MemberAddress> members(Caller caller, Dispatcher dispatcher, Supervisor supervisor) {
        Optional<String> pool = poolOf(caller, dispatcher);
        return supervisor.members().stream().filter(m -> pool.isEmpty() || m.pool().equals(pool.get())).toList();
    }
}
