package io.mserve.engine.ipc;

import io.mserve.engine.session.Session;
import io.mserve.ipc.value.K;
import java.io.OutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Two q sessions for a test, each on its own thread: a server listening on a loopback port and a
 * client to {@code hopen} it. Output goes nowhere; each test gets fresh ones.
 */
final class ServerAndClient implements BeforeEachCallback, AfterEachCallback {
    private final Session server = new Session();
    private final SessionThread serverThread = new SessionThread("q-server");
    private final Session client = new Session();
    private final SessionThread clientThread = new SessionThread("q-client");
    private Ipc serverIpc;
    private Ipc clientIpc;
    private int port;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        serverIpc = Ipc.install(server, serverThread, quiet);
        port = serverIpc.listen("127.0.0.1", 0);
        clientIpc = Ipc.install(client, clientThread, quiet);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        clientIpc.close();
        clientThread.close();
        serverIpc.close();
        serverThread.close();
    }

    /** The server's port. */
    int port() {
        return port;
    }

    K onServer(String q) throws Exception {
        return serverThread.call(() -> server.evaluate(q));
    }

    K onClient(String q) throws Exception {
        return clientThread.call(() -> client.evaluate(q));
    }

    /** What the client's console shows for {@code q}. */
    String printedOnClient(String q) throws Exception {
        return clientThread.call(() -> client.execute(q));
    }
}
