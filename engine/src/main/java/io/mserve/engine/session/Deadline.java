package io.mserve.engine.session;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code -T n}: a client's query still running after n seconds is interrupted, which the
 * interpreter reports as {@code 'stop}. Made and cancelled on the thread it watches.
 */
final class Deadline {
    private final Thread thread;
    private final ScheduledFuture<?> alarm;
    private boolean over;

    private Deadline(Thread thread, int seconds) {
        this.thread = thread;
        this.alarm = Timer.clock().schedule(this::expire, seconds, TimeUnit.SECONDS);
    }

    /** A deadline {@code seconds} from now for the current thread, or null for none (0). */
    static Deadline after(int seconds) {
        return seconds > 0 ? new Deadline(Thread.currentThread(), seconds) : null;
    }

    private synchronized void expire() {
        if (!over) {
            thread.interrupt();
        }
    }

    /** The query ended: no interrupt comes after this, and one that came is cleared. */
    void cancel() {
        synchronized (this) {
            over = true;
        }
        alarm.cancel(false);
        Thread.interrupted();
    }
}
