package io.mserve.engine.fuzz;

import io.mserve.engine.QException;
import io.mserve.engine.session.Session;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.LongAtom;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs fuzzed q text in a session as a client's query (-u, -T 1): each input must give a value
 * (which is then shown) or a q error within the bound, and the session must still add 1+1 and
 * keep the global it was given. A Java exception other than a {@link QException} (a gap the
 * session would report as the "nearest" q error), Java text in an error or a hang is a finding.
 */
public final class SessionTrial implements AutoCloseable {
    /** The watchdog: -T 1 stops the query first, this catches what does not stop. */
    static final long BOUND_MILLIS = 10_000;
    private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());

    private final boolean fresh;
    private ExecutorService worker;
    private Session session;

    /** @param fresh a new session for every input, else one long-lived session for all */
    public SessionTrial(boolean fresh) {
        this.fresh = fresh;
        start();
    }

    private void start() {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-session");
            t.setDaemon(true);
            return t;
        });
        session = call(() -> {
            Session s = new Session();
            s.output(NOWHERE, NOWHERE);
            s.execute("\\T 1");
            s.evaluate(QTextInputs.SETUP);
            s.restrictClients();
            return s;
        });
    }

    /** Runs {@code text}; null when it behaved, else what went wrong. */
    public String run(String text) {
        if (fresh) {
            close();
            start();
        }
        String finding;
        try {
            finding = within(() -> session.asClient(1, "fuzz", 0, true, () -> attempt(text)));
        } catch (TimeoutException e) {
            close();
            start();
            return "hang: no value or error after " + BOUND_MILLIS + " ms";
        }
        if (finding != null) {
            return finding;
        }
        return alive();
    }

    private String attempt(String text) {
        try {
            K value = session.evaluate(text);
            session.console().show(value);
            return null;
        } catch (QException e) {
            return javaText(e.text());
        } catch (StackOverflowError e) {
            return null; // the session reports 'stack
        } catch (OutOfMemoryError e) {
            return null; // the session reports 'wsfull
        } catch (RuntimeException e) {
            return "internal " + e + " at " + where(e) + " (the session reports '" + Session.errorFor(e) + ")";
        }
    }

    private String alive() {
        try {
            String after = within(() -> {
                K two = session.evaluate("1+1");
                K canary = session.get("fuzzCanary");
                if (!(two instanceof LongAtom l && l.value() == 2)) {
                    return "session broken: 1+1 gave " + two;
                }
                if (!(canary instanceof LongAtom c && c.value() == 42)) {
                    return "session broken: fuzzCanary lost, is " + canary;
                }
                return null;
            });
            if (after != null) {
                close();
                start();
            }
            return after;
        } catch (TimeoutException | RuntimeException e) {
            close();
            start();
            return "session broken: 1+1 gave " + e;
        }
    }

    static String javaText(String error) {
        return error.contains("java.") || error.contains("Exception") || error.contains("\tat ")
                ? "Java text in a q error: '" + error : null;
    }

    static String where(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length == 0 ? "?" : trace[0].getClassName().replaceFirst(".*\\.", "") + "." + trace[0].getMethodName()
                + ":" + trace[0].getLineNumber();
    }

    private <T> T call(Callable<T> task) {
        try {
            return worker.submit(task).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String within(Callable<String> task) throws TimeoutException {
        Future<String> result = worker.submit(task);
        try {
            return result.get(BOUND_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return cause instanceof QException q ? javaText(q.text()) : "escaped " + cause + " at " + where(cause);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        session.close();
    }
}
