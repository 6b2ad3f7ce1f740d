package io.mserve.launcher.commands;

import io.mserve.core.dispatch.Caller;
import io.mserve.core.dispatch.Dispatcher;
import io.mserve.engine.QException;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.Primitive;
import io.mserve.ipc.value.SymbolAtom;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code .mserve.use`hdb}: the calling client's later queries go to pool {@code hdb}; answers the
 * pool now in use, which {@code .mserve.use[]} only shows. Replies still come in the order the
 * client sent its queries, whichever pools they ran in.
 */
public final class UseCommand implements PrimaryCommand {
    private final Supplier<Dispatcher> dispatcher;

    public UseCommand(Supplier<Dispatcher> dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public String name() {
        return ".mserve.use";
    }

    @Override
    public K run(Caller caller, K argument) {
        Optional<String> wanted;
        if (argument == Primitive.IDENTITY) {
            wanted = Optional.empty();
        } else if (argument instanceof SymbolAtom pool) {
            wanted = Optional.of(pool.value());
        } else {
            throw new QException("type");
        }
        Dispatcher routes = dispatcher.get();
        if (wanted.isPresent() && !routes.pools().contains(wanted.get())) {
            throw new QException("mserve: no pool " + wanted.get());
        }
        String now = PrimaryCommand.await(routes.use(caller.handle(), wanted), name(), "mserve: no answer")
                .orElseThrow(() -> new QException("mserve: not a client (the console routes no queries)"));
        return new SymbolAtom(now);
    }
}
