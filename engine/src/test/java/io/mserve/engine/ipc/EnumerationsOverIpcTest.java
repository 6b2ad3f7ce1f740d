package io.mserve.engine.ipc;

import static io.mserve.engine.QSpec.assertPrints;
import static org.assertj.core.api.Assertions.assertThat;

import com.kx.c;
import io.mserve.engine.session.Session;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Enumerations are automatically converted to values before sending through IPC" (basics/ipc.md). */
class EnumerationsOverIpcTest {
    private final Session server = new Session();
    private final SessionThread serverThread = new SessionThread("q-server");
    private Ipc serverIpc;
    private int port;

    @BeforeEach
    void listen() throws Exception {
        serverIpc = Ipc.install(server, serverThread, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.ISO_8859_1));
        port = serverIpc.listen("127.0.0.1", 0);
        serverThread.call(() -> server.evaluate("sym:`a`b`c;t:([]s:`sym$`c`a;p:1 2)"));
    }

    @AfterEach
    void close() {
        serverIpc.close();
        serverThread.close();
    }

    @Test
    void aClientReceivesAnEnumerationAsItsSymbols() throws Exception {
        c conn = new c("127.0.0.1", port, "u:p");
        try {
            assertThat((String[]) conn.k("`sym$`b`a`b".toCharArray())).containsExactly("b", "a", "b");
            assertThat(conn.k("first `sym$`c".toCharArray())).isEqualTo("c");
            c.Flip f = (c.Flip) conn.k("t".toCharArray());
            assertThat((String[]) f.y[0]).containsExactly("c", "a");
        } finally {
            conn.close();
        }
    }

    @Test
    void serializingAnEnumerationGivesTheBytesOfItsSymbols() {
        assertPrints("sym:`a`b;(-8!`sym$`a`b)~-8!`a`b", "1b");
        assertPrints("sym:`a`b;-9!-8!`sym$`a`b", "`a`b");
    }
}
