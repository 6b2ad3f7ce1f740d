package io.mserve.launcher.commands;

import io.mserve.core.dispatch.Caller;
import io.mserve.core.dispatch.Dispatcher;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.QType;
import io.mserve.launcher.secondary.Supervisor;
import java.util.function.Supplier;

/**
 * {@code .mserve.restart[]} (admins): restarts the secondaries the primary started, one at a
 * time (drained, stopped, started again with their command and script as they are now, waited
 * for until they answer, then taking queries again); returns {@code `host:port} → the new
 * process id, or why it did not come up (it is then retried with back-off, as after a death);
 * a secondary that does not come back ends the run, the others keep their processes.
 */
public final class RestartCommand implements PrimaryCommand {
    private final Admins admins;
    private final Supplier<Supervisor> supervisor;
    private final Supplier<Dispatcher> dispatcher;

    public RestartCommand(Admins admins, Supplier<Supervisor> supervisor, Supplier<Dispatcher> dispatcher) {
        this.admins = admins;
        this.supervisor = supervisor;
        this.dispatcher = dispatcher;
    }

    @Override
    public String name() {
        return ".mserve.restart";
    }

    @Override
    public K run(Caller caller, K argument) {
        admins.require(caller);
        Supervisor members = supervisor.get();
        return new Rolling(dispatcher.get()).over(
                Scope.members(caller, dispatcher.get(), members).stream().filter(Supervisor.MemberAddress::started).toList(),
                name(), true,
                secondary -> new LongAtom(-QType.LONG, members.restart(secondary.id())));
    }
}
