package io.mserve.launcher.commands;

import io.mserve.core.dispatch.Caller;
import io.mserve.ipc.value.K;

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
}
