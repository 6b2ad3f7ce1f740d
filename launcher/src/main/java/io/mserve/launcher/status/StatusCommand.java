package io.mserve.launcher.status;

import io.mserve.core.dispatch.Caller;
import io.mserve.core.dispatch.SecondaryStatus;
import io.mserve.engine.QException;
import io.mserve.ipc.value.K;
import io.mserve.launcher.commands.PrimaryCommand;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code .mserve.status[]}: a table of one row per secondary, as the dispatcher sees them now. */
public final class StatusCommand implements PrimaryCommand {
    private static final Logger log = LoggerFactory.getLogger(StatusCommand.class);
    private static final long WAIT_SECONDS = 10;

    private final Supplier<CompletionStage<List<SecondaryStatus>>> status;

    /** @param status the dispatcher's {@code status()}, asked anew for each call */
    public StatusCommand(Supplier<CompletionStage<List<SecondaryStatus>>> status) {
        this.status = status;
    }

    @Override
    public String name() {
        return ".mserve.status";
    }

    @Override
    public K run(Caller caller, K argument) {
        try {
            return StatusTable.of(status.get().toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QException("stop");
        } catch (ExecutionException | TimeoutException e) {
            log.warn(".mserve.status: no answer from the dispatcher", e);
            throw new QException("mserve: no status");
        }
    }
}
