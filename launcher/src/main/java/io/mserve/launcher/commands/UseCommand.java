package io.mserve.launcher.commands;

import io.mserve.core.dispatch.Caller;
import io.mserve.core.dispatch.Dispatcher;
import io.mserve.engine.QException;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.Primitive;
import io.mserve.ipc.value.SymbolAtom;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code .mserve.use`hdb}: the calling client's later queries go to pool {@code hdb}; answers the
 * pool now in use, which {@code .mserve.use[]} only shows. Replies still come in the order the
 * client sent its queries, whichever pools they ran in.
 */
public final class UseCommand implements PrimaryCommand {
    private static final Logger log = LoggerFactory.getLogger(UseCommand.class);
    private static final long WAIT_SECONDS = 10;

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
        try {
            return new SymbolAtom(routes.use(caller.handle(), wanted).toCompletableFuture()
                    .get(WAIT_SECONDS, TimeUnit.SECONDS)
                    .orElseThrow(() -> new QException("mserve: not a client (the console routes no queries)")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QException("stop");
        } catch (ExecutionException | TimeoutException e) {
            log.warn(".mserve.use: no answer from the dispatcher", e);
            throw new QException("mserve: no answer");
        }
    }
}
