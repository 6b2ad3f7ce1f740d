package io.mserve.launcher.commands;

import io.mserve.core.dispatch.Caller;
import io.mserve.engine.QException;
import io.mserve.ipc.value.K;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.LoggerFactory;

/**
 * One of the primary's own q functions ({@code .mserve.status}, …), defined in its q session, so
 * that a client calls it with a sync message ({@code h ".mserve.status[]"}) and q code can use its
 * result. Each is bound into the set the session is given ({@code CommandsModule}).
 */
public interface PrimaryCommand {

    /** Its full q name, e.g. {@code .mserve.status}. */
    String name();

    /**
     * Runs it for {@code caller} ({@link Caller#CONSOLE} from the console) with its one argument
     * ({@code ::} for {@code f[]}), on the q session's thread; may wait for the dispatcher. Signals a
     * q error by throwing the engine's {@code QException}.
     */
    K run(Caller caller, K argument);

    /**
     * What the dispatcher's {@code answer} completes with, waited for on the q session's thread
     * (at most 10 s): {@code 'stop} when interrupted, {@code 'failure} (logged with the cause)
     * when it fails or takes longer.
     */
    static <T> T await(CompletionStage<T> answer, String command, String failure) {
        try {
            return answer.toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QException("stop");
        } catch (ExecutionException | TimeoutException e) {
            LoggerFactory.getLogger(PrimaryCommand.class).warn("{}: no answer from the dispatcher", command, e);
            throw new QException(failure);
        }
    }
}
