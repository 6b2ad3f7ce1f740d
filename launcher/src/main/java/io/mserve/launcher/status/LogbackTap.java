package io.mserve.launcher.status;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.mserve.launcher.status.RecentProblems.Problem;
import java.time.Instant;
import org.slf4j.LoggerFactory;

/** An appender on Logback's root logger that hands WARN and ERROR lines to {@link RecentProblems}. */
final class LogbackTap extends AppenderBase<ILoggingEvent> {
    private final RecentProblems problems;

    private LogbackTap(RecentProblems problems) {
        this.problems = problems;
    }

    /** Attaches a tap; call only when Logback is the binding. Returns what detaches it. */
    static Runnable attach(RecentProblems problems) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        LogbackTap tap = new LogbackTap(problems);
        tap.setName("mserve-status-page");
        tap.setContext(context);
        tap.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(tap);
        return () -> {
            root.detachAppender(tap);
            tap.stop();
        };
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
            String logger = event.getLoggerName();
            problems.add(new Problem(Instant.ofEpochMilli(event.getTimeStamp()).toString(), event.getLevel().toString(),
                    logger.substring(logger.lastIndexOf('.') + 1), event.getFormattedMessage()));
        }
    }
}
