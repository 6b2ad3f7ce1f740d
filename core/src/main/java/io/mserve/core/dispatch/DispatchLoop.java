package io.mserve.core.dispatch;

import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The single thread the dispatcher's state lives on: every change to queues and in-flight lists
 * runs here, so the dispatcher needs no locks. A transport adapts its event loop to it.
 */
public interface DispatchLoop extends Executor {

    /** Whether the calling thread is the loop's thread. */
    boolean inLoop();

    /** Runs {@code task} on the loop after {@code delay}; the future cancels it. */
    Future<?> schedule(Runnable task, long delay, TimeUnit unit);
}
