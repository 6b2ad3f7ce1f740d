package io.mserve.launcher.commands;

import io.mserve.core.discovery.Address;
import io.mserve.core.dispatch.Caller;
import io.mserve.core.dispatch.Dispatcher;
import io.mserve.engine.QException;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.QType;
import io.mserve.launcher.secondary.Supervisor;
import java.util.function.Supplier;

/**
 * {@code .mserve.add "host:port"} (admins): connects to a secondary the primary does not start
 * and has it take queries in the caller's pool (the default pool from the console); returns its id
 * once it is up. One that does not answer is not kept:
 * {@code 'mserve: host:port: <why>}.
 */
public final class AddCommand implements PrimaryCommand {
    private final Admins admins;
    private final Supplier<Supervisor> supervisor;
    private final Supplier<Dispatcher> dispatcher;

    public AddCommand(Admins admins, Supplier<Supervisor> supervisor, Supplier<Dispatcher> dispatcher) {
        this.admins = admins;
        this.supervisor = supervisor;
        this.dispatcher = dispatcher;
    }

    @Override
    public String name() {
        return ".mserve.add";
    }

    @Override
    public K run(Caller caller, K argument) {
        admins.require(caller);
        Address address = Arguments.address(argument);
        int id;
        try {
            Supervisor members = supervisor.get();
            String pool = Scope.poolOf(caller, dispatcher.get()).orElse(members.defaultPool());
            id = Arguments.await(members.join(address, pool, false));
        } catch (IllegalArgumentException e) {
            throw new QException("mserve: " + e.getMessage());
        }
        return new LongAtom(-QType.LONG, id);
    }
}
