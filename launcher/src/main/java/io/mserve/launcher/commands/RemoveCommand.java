package io.mserve.launcher.commands;

import io.mserve.core.dispatch.Caller;
import io.mserve.core.discovery.Address;
import io.mserve.engine.QException;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.QType;
import io.mserve.launcher.secondary.Supervisor;
import java.util.function.Supplier;

/**
 * {@code .mserve.remove "host:port"} (admins): drains the secondary there (no new queries; those
 * in flight finish and reach their clients), then disconnects it (stops it, if the primary
 * started it) and forgets it; returns its id once it is gone. {@code 'mserve: no secondary host:port}
 * when none listens there.
 */
public final class RemoveCommand implements PrimaryCommand {
    private final Admins admins;
    private final Supplier<Supervisor> supervisor;

    public RemoveCommand(Admins admins, Supplier<Supervisor> supervisor) {
        this.admins = admins;
        this.supervisor = supervisor;
    }

    @Override
    public String name() {
        return ".mserve.remove";
    }

    @Override
    public K run(Caller caller, K argument) {
        admins.require(caller);
        Address address = Arguments.address(argument);
        Supervisor members = supervisor.get();
        int id = members.members().stream().filter(m -> m.address().equals(address)).findFirst()
                .orElseThrow(() -> new QException("mserve: no secondary " + address)).id();
        try {
            Arguments.await(members.leave(id));
        } catch (IllegalArgumentException e) {
            throw new QException("mserve: no secondary " + address);
        }
        return new LongAtom(-QType.LONG, id);
    }
}
