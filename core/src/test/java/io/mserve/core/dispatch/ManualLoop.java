package io.mserve.core.dispatch;

import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** A dispatch loop for tests: runs tasks at once on the caller's thread; time moves only when told. */
final class ManualLoop implements DispatchLoop {
    private final PriorityQueue<Timed> timers = new PriorityQueue<>();
    private long now;
    private long sequence;

    long nanoTime() {
        return now;
    }

    /** Moves the clock on, running the timers that fall due, in order. */
    void advance(long amount, TimeUnit unit) {
        long until = now + unit.toNanos(amount);
        while (!timers.isEmpty() && timers.peek().at <= until) {
            Timed next = timers.poll();
            now = next.at;
            if (!next.future.isCancelled()) {
                next.task.run();
            }
        }
        now = until;
    }

    @Override
    public boolean inLoop() {
        return true;
    }

    @Override
    public void execute(Runnable task) {
        task.run();
    }

    @Override
    public Future<?> schedule(Runnable task, long delay, TimeUnit unit) {
        Timed timed = new Timed(now + unit.toNanos(delay), sequence++, task);
        timers.add(timed);
        return timed.future;
    }

    private record Timed(long at, long order, Runnable task, CompletableFuture<Void> future) implements Comparable<Timed> {
        Timed(long at, long order, Runnable task) {
            this(at, order, task, new CompletableFuture<>());
        }

        @Override
        public int compareTo(Timed other) {
            return at != other.at ? Long.compare(at, other.at) : Long.compare(order, other.order);
        }
    }
}
