package io.mserve.engine.ipc;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one thread a q session runs on: q is single-threaded, so the script, the REPL and every
 * connection's messages take turns here, in the order they were submitted.
 */
public final class SessionThread implements AutoCloseable {
    private final ExecutorService executor;
    private volatile Thread thread;

    public SessionThread(String name) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            thread = t;
            return t;
        });
        // An idle session gives its thread back; the next task starts another, one at a time.
        pool.allowCoreThreadTimeOut(true);
        executor = pool;
    }

    /** Runs {@code task} on the session thread after what was submitted before; does not wait. */
    public void run(Runnable task) {
        executor.execute(task);
    }

    /** Runs {@code task} on the session thread and waits for its result (at once when already on it). */
    public <T> T call(Callable<T> task) throws Exception {
        if (Thread.currentThread() == thread) {
            return task.call();
        }
        Future<T> result = executor.submit(task);
        try {
            return result.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception) {
                throw (Exception) cause;
            }
            throw (Error) cause;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
