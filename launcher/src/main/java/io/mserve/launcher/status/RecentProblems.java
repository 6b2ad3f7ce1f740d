package io.mserve.launcher.status;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The primary's last WARN and ERROR log lines, newest first, for the status page. They come from
 * {@link LogbackTap} while the primary runs, when Logback is the SLF4J binding; with another
 * binding (or none) this stays empty. Primaries in one JVM share the log, so each sees the others' lines too.
 */
public final class RecentProblems {
    /** One line of the log; {@code logger} is the logger's simple name. */
    public record Problem(String time, String level, String logger, String message) {}

    private final int capacity;
    /** Guarded by {@code this}. */
    private final ArrayDeque<Problem> lines = new ArrayDeque<>();

    public RecentProblems(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(Problem problem) {
        lines.addFirst(problem);
        if (lines.size() > capacity) {
            lines.removeLast();
        }
    }

    /** The lines kept, newest first. */
    public synchronized List<Problem> lines() {
        return new ArrayList<>(lines);
    }

    /**
     * Starts collecting the log's WARN and ERROR lines, if Logback is the binding.
     *
     * @return what stops collecting
     */
    public Runnable collect() {
        // By name, so that without Logback on the class path no Logback class is ever loaded.
        boolean logback = LoggerFactory.getILoggerFactory().getClass().getName()
                .equals("ch.qos.logback.classic.LoggerContext");
        return logback ? LogbackTap.attach(this) : () -> { };
    }
}
