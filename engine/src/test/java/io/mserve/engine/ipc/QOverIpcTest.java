package io.mserve.engine.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.kx.c;
import io.mserve.engine.session.Session;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.K;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A q session serving kdb+ IPC on a loopback port, asked by javakdb and by another q session. */
class QOverIpcTest {
    private final Session server = new Session();
    private final SessionThread serverThread = new SessionThread("q-server");
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private Ipc serverIpc;
    private int port;

    private final Session client = new Session();
    private final SessionThread clientThread = new SessionThread("q-client");
    private Ipc clientIpc;

    @BeforeEach
    void listen() throws Exception {
        serverIpc = Ipc.install(server, serverThread, new PrintStream(printed, true, StandardCharsets.ISO_8859_1));
        port = serverIpc.listen("127.0.0.1", 0);
        clientIpc = Ipc.install(client, clientThread, System.out);
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

    // What the client's console shows for q.
    private String onClient(String q) throws Exception {
        return clientThread.call(() -> client.execute(q));
    }

    private c javakdb(String login) throws Exception {
        return new c("127.0.0.1", port, login);
    }

    @Test
    void syncMessagesAreAnsweredWithTheirValue() throws Exception {
        c conn = javakdb("alice:pw");
        try {
            conn.k("xs: til 9".toCharArray());
            assertThat((long[]) conn.k("xs".toCharArray())).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
            assertThat(conn.k("1+1".toCharArray())).isEqualTo(2L);
        } finally {
            conn.close();
        }
    }

    @Test
    void aTableComesBackAsAFlip() throws Exception {
        onServer("trade:([] sym:`a`b`c; price:1 2 3f; size:10 60000 70000)");
        c conn = javakdb("alice:");
        try {
            c.Flip t = (c.Flip) conn.k("select sym,price from trade where size > 50000".toCharArray());
            assertThat(t.x).containsExactly("sym", "price");
            assertThat((String[]) t.y[0]).containsExactly("b", "c");
            assertThat((double[]) t.y[1]).containsExactly(2.0, 3.0);
        } finally {
            conn.close();
        }
    }

    @Test
    void anErrorReachesTheClientWithItsText() throws Exception {
        c conn = javakdb("alice:");
        try {
            assertThatThrownBy(() -> conn.k("1+`a".toCharArray())).isInstanceOf(c.KException.class).hasMessage("type");
            assertThatThrownBy(() -> conn.k("nosuch".toCharArray())).hasMessage("nosuch");
            assertThat(conn.k("2+2".toCharArray())).isEqualTo(4L);
        } finally {
            conn.close();
        }
    }

    @Test
    void asyncMessagesRunAndGetNoReply() throws Exception {
        c conn = javakdb("alice:");
        try {
            conn.ks("a:42".toCharArray());
            assertThat(conn.k("a".toCharArray())).isEqualTo(42L);
        } finally {
            conn.close();
        }
    }

    @Test
    void aListIsAFunctionApplied() throws Exception {
        onServer("f:{x*y}");
        c conn = javakdb("alice:");
        try {
            assertThat(conn.k("f", 6L, 7L)).isEqualTo(42L);
        } finally {
            conn.close();
        }
    }

    @Test
    void handlersAreTheScriptsOwn() throws Exception {
        onServer(".z.pg:{(`sync;x)}; .z.ps:{seen::x}; opened:(); closed:(); "
                + ".z.po:{opened::opened,x}; .z.pc:{closed::closed,x}; .z.pw:{[u;p] not u~`mallory}");
        c conn = javakdb("alice:");
        conn.ks("hello".toCharArray());
        Object[] answer = (Object[]) conn.k("q".toCharArray());
        assertThat(answer[0]).isEqualTo("sync");
        assertThat(new String((char[]) answer[1])).isEqualTo("q");
        conn.close();
        assertThat(Q.text(onServer("seen"))).isEqualTo("hello");
        assertThatThrownBy(() -> javakdb("mallory:x")).isInstanceOf(c.KException.class).hasMessage("access");
        K opened = onServer("opened");
        assertThat(opened.count()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> onServer("closed"), opened::equals);
    }

    @Test
    void zwAndZuAreTheClientsWhileItsMessageRuns() throws Exception {
        onServer(".z.pg:{(.z.w;.z.u)}");
        c conn = javakdb("alice:");
        try {
            Object[] r = (Object[]) conn.k("x".toCharArray());
            assertThat((Integer) r[0]).isPositive();
            assertThat(r[1]).isEqualTo("alice");
        } finally {
            conn.close();
        }
        assertThat(onServer(".z.w")).isEqualTo(Q.i(0));
    }

    @Test
    void onlyOneUserMayLogInWhenSoConfigured() throws Exception {
        serverIpc.onlyUser("mserve");
        assertThatThrownBy(() -> javakdb("alice:")).hasMessage("access");
        c conn = javakdb("mserve:");
        assertThat(conn.k("1+2".toCharArray())).isEqualTo(3L);
        conn.close();
    }

    @Test
    void qAsAClientOpensSendsAndCloses() throws Exception {
        onServer("f:{x+y}");
        onClient("h:hopen `::" + port);
        assertThat(onClient("h \"1+1\"")).isEqualTo("2");
        assertThat(onClient("h (`f;2;3)")).isEqualTo("5");
        assertThat(onClient("(neg h) \"b:7\"; h \"b\"")).isEqualTo("7");
        assertThat(onClient("h \"1+`a\"")).isEqualTo("'type");
        onClient("hclose h");
        assertThat(onClient("h2:hopen " + port + "; r:h2 \"til 3\"; hclose h2; r")).isEqualTo("0 1 2");
        assertThat(onClient("h3:hopen \":127.0.0.1:" + port + ":bob:pw\"; r:h3 \".z.u\"; hclose h3; r")).isEqualTo("`bob");
    }

    @Test
    void hEmptyReadsTheNextMessage() throws Exception {
        onClient("h:hopen `::" + port);
        // In one go, as q users write it: an idle session serves what arrives with .z.ps.
        assertThat(onClient("(neg h) \"(neg .z.w) 6*7\"; h[]")).isEqualTo("42");
        assertThat(onClient("(neg h) \"(neg .z.w) \\\"sym\\\"\"; h[]")).isEqualTo("\"sym\"");
    }

    @Test
    void aRefusedLoginIsAccessAndNoListenerIsHop() throws Exception {
        onServer(".z.pw:{[u;p] 0b}");
        assertThat(onClient("hopen `::" + port)).isEqualTo("'access");
        serverIpc.listen("0");
        assertThat(onClient("hopen `::" + port)).startsWith("'hop");
    }

    @Test
    void backslashPShowsTheListeningPortAndZeroStopsListening() throws Exception {
        assertThat(serverThread.call(() -> server.execute("\\p"))).isEqualTo(port + "i");
        assertThat(serverThread.call(() -> server.execute("system \"p 0\"; system \"p\""))).isEqualTo("0i");
    }

    @Test
    void listeningOnAPortAnotherHoldsSignalsThePortAndTheReason() throws Exception {
        assertThat(clientThread.call(() -> client.execute("\\p " + port))).isEqualTo("'" + port + ": Address already in use");
    }

    @Test
    void handlesOneAndTwoPrintAndHandleZeroEvaluates() throws Exception {
        assertThat(onServer("-1 \"hello\"")).isEqualTo(Q.j(-1));
        onServer("1 \"no newline\"");
        assertThat(printed.toString(StandardCharsets.ISO_8859_1)).isEqualTo("hello\nno newline");
        assertThat(serverThread.call(() -> server.execute("0 \"2+3\""))).isEqualTo("5");
    }
}
