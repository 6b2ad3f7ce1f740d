package io.mserve.launcher.discovery;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** The single daemon thread a polling discovery runs on, so that it never holds the JVM up. */
final class Daemons {
    private Daemons() {}

    static ScheduledExecutorService timer(String name) {
        return Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
