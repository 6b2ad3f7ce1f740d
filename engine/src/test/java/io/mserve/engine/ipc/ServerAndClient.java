package io.mserve.engine.ipc;

import io.mserve.engine.session.Session;
import io.mserve.ipc.value.K;
import java.io.OutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Two q sessions for a test, each on its own thread: a server listening on a loopback port
 * ({@link ServedSession}) and a client to {@code hopen} it. Output goes nowhere; each test gets fresh ones.
 */
final class ServerAndClient implements BeforeEachCallback, AfterEachCallback {
    private final ServedSession server = new ServedSession();
    private final Session client = new Session();
    private final SessionThread clientThread = new SessionThread("q-client");
    private Ipc clientIpc;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        server.beforeEach(context);
        clientIpc = Ipc.install(client, clientThread, new PrintStream(OutputStream.nullOutputStream()));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        clientIpc.close();
        clientThread.close();
        server.afterEach(context);
    }

    /** The server's port. */
    int port() {
        return server.port();
    }

    K onServer(String q) throws Exception {
        return server.evaluate(q);
    }

    K onClient(String q) throws Exception {
        return clientThread.call(() -> client.evaluate(q));
    }

    /** What the client's console shows for {@code q}. */
    String printedOnClient(String q) throws Exception {
        return clientThread.call(() -> client.execute(q));
    }
}
