package io.mserve.launcher.status;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The primary's last WARN and ERROR log lines, newest first, for the status page: an appender on
 * the root logger while the primary runs. Without Logback as the SLF4J binding it stays empty.
 * Primaries in one JVM share the log, so each sees the others' lines too.
 */
public final class RecentProblems extends AppenderBase<ILoggingEvent> {
    /** One line of the log. */
    public record Problem(String time, String level, String logger, String message) {}

    private final int capacity;
    /** Guarded by {@code this}. */
    private final ArrayDeque<Problem> lines = new ArrayDeque<>();

    public RecentProblems(int capacity) {
        this.capacity = capacity;
        setName("mserve-status-page");
    }

    /** Starts collecting from the root logger, if Logback is the binding. */
    public RecentProblems attach() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            setContext(context);
            start();
            context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(this);
        }
        return this;
    }

    /** Stops collecting. */
    public void detach() {
        if (getContext() instanceof LoggerContext context) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(this);
            stop();
        }
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (!event.getLevel().isGreaterOrEqual(Level.WARN)) {
            return;
        }
        String logger = event.getLoggerName();
        Problem problem = new Problem(Instant.ofEpochMilli(event.getTimeStamp()).toString(), event.getLevel().toString(),
                logger.substring(logger.lastIndexOf('.') + 1), event.getFormattedMessage());
        synchronized (this) {
            lines.addFirst(problem);
            if (lines.size() > capacity) {
                lines.removeLast();
            }
        }
    }

    /** The lines kept, newest first. */
    public synchronized List<Problem> lines() {
        return new ArrayList<>(lines);
    }
}
