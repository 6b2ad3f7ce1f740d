package io.mserve.engine.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.session.Session;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.K;
import java.io.OutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two q sessions on loopback sockets: what one sends, functions included, the other runs, as
 * basics/ipc.md shows (a list's first item applied to the rest; a symbol names the server's
 * function, a lambda is the client's own), and what comes back is what was sent.
 */
class RemoteFunctionsTest {
    private final Session server = new Session();
    private final SessionThread serverThread = new SessionThread("q-server");
    private final Session client = new Session();
    private final SessionThread clientThread = new SessionThread("q-client");
    private Ipc serverIpc;
    private Ipc clientIpc;

    @BeforeEach
    void connect() throws Exception {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        serverIpc = Ipc.install(server, serverThread, quiet);
        int port = serverIpc.listen("127.0.0.1", 0);
        clientIpc = Ipc.install(client, clientThread, quiet);
        onClient("h:hopen `::" + port);
    }

    @AfterEach
    void close() {
        clientIpc.close();
        clientThread.close();
        serverIpc.close();
        serverThread.close();
    }

    private K onServer(String q) throws Exception {
        return serverThread.call(() -> server.evaluate(q));
    }

    private K onClient(String q) throws Exception {
        return clientThread.call(() -> client.evaluate(q));
    }

    private String printedOnClient(String q) throws Exception {
        return clientThread.call(() -> client.execute(q));
    }

    @Test
    void aLambdaFirstInAMessageIsAppliedToTheRest() throws Exception {
        assertThat(onClient("h ({x+y};1;2)")).isEqualTo(Q.j(3));
    }

    @Test
    void aPrimitiveFirstInAMessageTravelsByItsCodeAndIsApplied() throws Exception {
        assertThat(onClient("h (+;1;2)")).isEqualTo(Q.j(3));
        assertThat(onClient("h (til;3)")).isEqualTo(Q.longs(0, 1, 2));
        assertThat(onClient("h (+/;1 2 3)")).isEqualTo(Q.j(6));
        assertThat(onClient("h (neg;1 2)")).isEqualTo(Q.longs(-1, -2));
    }

    @Test
    void aSymbolNamesTheServersFunctionAndALambdaIsTheClientsOwn() throws Exception {
        // basics/ipc.md: server add:{x+y}, client add:{x+2*y}
        onServer("add:{x+y}");
        onClient("add:{x+2*y}");
        assertThat(onClient("h(add;2;3)")).isEqualTo(Q.j(8));
        assertThat(onClient("h(`add;2;3)")).isEqualTo(Q.j(5));
        assertThat(onClient("h(\"add\";2;3)")).isEqualTo(Q.j(5));
    }

    @Test
    void anAsyncMessageCallsTheFunctionItNames() throws Exception {
        onServer("f:{seen::x}");
        onClient("(neg h)(`f;42)");
        assertThat(onClient("h \"seen\"")).isEqualTo(Q.j(42));
        onClient("(neg h)({got::x*y};6;7)");
        assertThat(onClient("h \"got\"")).isEqualTo(Q.j(42));
    }

    @Test
    void whatTheFarSideSendsBackMatchesWhatWasSent() throws Exception {
        onClient("fs:({x+y};{x+y}[;2];'[neg;+];(+/);(<>);til;neg;(xbar);raze;hopen)");
        assertThat(onClient("fs~h ({x};fs)")).isEqualTo(Q.TRUE);
        assertThat(onClient("f:{x*y}; f~h ({x};f)")).isEqualTo(Q.TRUE);
        assertThat(onClient("(h \"{x*y}\")[6;7]")).isEqualTo(Q.j(42));
        assertThat(printedOnClient("h \"{x*y}[;2]\"")).isEqualTo("{x*y}[;2]");
    }

    @Test
    void aLambdaRunsInItsContextOnTheFarSide() throws Exception {
        serverThread.call(() -> server.execute("\\d .d"));
        onServer("a:10");
        serverThread.call(() -> server.execute("\\d ."));
        printedOnClient("\\d .d");
        onClient("g:{x+a}");
        printedOnClient("\\d .");
        assertThat(onClient("h (.d.g;5)")).isEqualTo(Q.j(15));
    }

    @Test
    void anErrorFromTheFarSideIsSignalledAndTrappable() throws Exception {
        assertThat(printedOnClient("h \"1+`a\"")).isEqualTo("'type");
        assertThat(Q.text(onClient("@[h;\"1+`a\";{x}]"))).isEqualTo("type");
        assertThat(Q.text(onClient(".[h;enlist \"1+`a\";{x}]"))).isEqualTo("type");
        assertThat(onClient("@[h;\"1+1\";{x}]")).isEqualTo(Q.j(2));
        assertThat(Q.text(onClient("@[h;({x+y}';1 2;1 2 3);{x}]"))).isEqualTo("length");
    }
}
