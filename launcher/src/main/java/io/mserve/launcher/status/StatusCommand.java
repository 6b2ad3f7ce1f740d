package io.mserve.launcher.status;

import io.mserve.core.dispatch.Caller;
import io.mserve.core.dispatch.SecondaryStatus;
import io.mserve.ipc.value.K;
import io.mserve.launcher.commands.PrimaryCommand;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/** {@code .mserve.status[]}: a table of one row per secondary, as the dispatcher sees them now. */
public final class StatusCommand implements PrimaryCommand {
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
        return StatusTable.of(PrimaryCommand.await(status.get(), name(), "mserve: no status"));
    }
}
