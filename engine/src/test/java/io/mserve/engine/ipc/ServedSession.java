package io.mserve.engine.ipc;

import io.mserve.engine.session.Session;
import io.mserve.ipc.value.K;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A q session serving kdb+ IPC on a loopback port for a test, on its own thread; its output goes nowhere. */
final class ServedSession implements BeforeEachCallback, AfterEachCallback {
    private final Session server = new Session();
    private final SessionThread thread = new SessionThread("q-server");
    private Ipc ipc;
    private int port;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        ipc = Ipc.install(server, thread, new PrintStream(OutputStream.nullOutputStream()));
        port = ipc.listen("127.0.0.1", 0);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ipc.close();
        thread.close();
        server.close();
    }

    int port() {
        return port;
    }

    /** What the session's console shows for {@code q}. */
    String execute(String q) throws Exception {
        return thread.call(() -> server.execute(q));
    }

    /** The value of {@code q} in the session, as its console evaluates it. */
    K evaluate(String q) throws Exception {
        return thread.call(() -> server.evaluate(q));
    }

    /** Runs {@code work} on the session's thread, between clients' messages, as its console would. */
    <T> T call(Function<Session, T> work) throws Exception {
        return thread.call(() -> work.apply(server));
    }
}
