package io.mserve.testkit.tls;

import static io.mserve.testkit.Certificates.quoted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kx.c;
import io.mserve.testkit.Certificates;
import io.mserve.testkit.MservePrimary;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * javakdb's TLS mode ({@code new c(host, port, login, true)}, which takes the JVM's default TLS
 * context) through a primary whose main port takes plain and TLS clients (kdb+'s {@code -E 1})
 * and whose second port takes TLS only ({@code -E 2}).
 */
class TlsClientsTest {
    private static final Certificates CERTIFICATES = Certificates.get();
    private static SSLContext before;

    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withFakes(2).config("mserve.transport.tls { mode = optional, port = 0"
            + ", certificate = " + quoted(CERTIFICATES.chain("server"))
            + ", private-key = " + quoted(CERTIFICATES.key("server")) + " }");

    @BeforeAll
    static void trustTheTestCa() throws Exception {
        before = SSLContext.getDefault();
        SSLContext.setDefault(CERTIFICATES.clientContext(false));
    }

    @AfterAll
    static void restoreTheDefault() {
        SSLContext.setDefault(before);
    }

    private int tlsPort() {
        return mserve.primary().tlsPort().orElseThrow();
    }

    @Test
    void javakdbOverTlsOnTheMainPortGetsDeferredAndSyncReplies() throws Exception {
        c q = new c("127.0.0.1", mserve.port(), "test:", true);
        try {
            q.ks("reply routed".toCharArray());
            assertThat(new String((char[]) q.k())).isEqualTo("routed");
            assertThat(q.k("1+2".toCharArray())).as("sync, on the primary").isEqualTo(3L);
        } finally {
            q.close();
        }
    }

    @Test
    void aPlainClientStillGetsInOnTheOptionalPort() throws Exception {
        c q = new c("127.0.0.1", mserve.port(), "test:");
        try {
            assertThat(q.k("2*3".toCharArray())).isEqualTo(6L);
        } finally {
            q.close();
        }
    }

    @Test
    void anEmptyLoginIsNotKeptWaitingOnTheOptionalPort() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", mserve.port())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(new byte[] {3, 0});
            assertThat(socket.getInputStream().read()).as("the capability byte").isEqualTo(3);
        }
    }

    @Test
    void javakdbOverTlsOnTheTlsOnlyPortGetsReplies() throws Exception {
        c q = new c("127.0.0.1", tlsPort(), "test:", true);
        try {
            q.ks("reply on the second port".toCharArray());
            assertThat(new String((char[]) q.k())).isEqualTo("on the second port");
        } finally {
            q.close();
        }
    }

    @Test
    void aPlainClientOnTheTlsOnlyPortIsClosedWithoutAReply() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", tlsPort())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write("test:\3\0".getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            assertThat(in.read()).as("end of stream, no capability byte").isEqualTo(-1);
        }
        assertThatThrownBy(() -> new c("127.0.0.1", tlsPort(), "test:")).isInstanceOfAny(IOException.class, c.KException.class);
    }

    @Test
    void aClientThatDoesNotTrustTheServerIsRefusedByItsOwnSide() throws Exception {
        SSLContext.setDefault(SSLContext.getInstance("TLS"));
        SSLContext.getDefault().init(null, null, null);
        try {
            assertThatThrownBy(() -> new c("127.0.0.1", tlsPort(), "test:", true)).isInstanceOf(IOException.class);
        } finally {
            SSLContext.setDefault(CERTIFICATES.clientContext(false));
        }
        c q = new c("127.0.0.1", tlsPort(), "test:", true);
        q.close();
    }
}
