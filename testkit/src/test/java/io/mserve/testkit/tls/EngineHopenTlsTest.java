package io.mserve.testkit.tls;

import static io.mserve.testkit.Certificates.quoted;
import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.ipc.Ipc;
import io.mserve.engine.ipc.SessionThread;
import io.mserve.engine.session.Session;
import io.mserve.testkit.Certificates;
import io.mserve.testkit.MservePrimary;
import java.io.OutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The engine's {@code hopen `:tcps://host:port} (kb/ssl.md, "TLS Client Mode") to a primary that
 * requires TLS, trusting the CA named by {@code SSL_CA_CERT_FILE} as q does.
 */
class EngineHopenTlsTest {
    private static final Certificates CERTIFICATES = Certificates.get();

    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withFakes(1).config("mserve.transport.tls { mode = required"
            + ", certificate = " + quoted(CERTIFICATES.chain("server"))
            + ", private-key = " + quoted(CERTIFICATES.key("server")) + " }");

    private final Session q = new Session();
    private final SessionThread thread = new SessionThread("q-tls-client");
    private Ipc ipc;

    @BeforeEach
    void install() {
        ipc = Ipc.install(q, thread, new PrintStream(OutputStream.nullOutputStream()));
    }

    @AfterEach
    void close() throws Exception {
        printed("`SSL_CA_CERT_FILE setenv \"\"; `SSL_VERIFY_SERVER setenv \"\"");
        ipc.close();
        thread.close();
    }

    private String printed(String line) throws Exception {
        return thread.call(() -> q.execute(line));
    }

    @Test
    void hopenTcpsWithTheCaInSslCaCertFileQueriesThePrimary() throws Exception {
        printed("`SSL_CA_CERT_FILE setenv " + quoted(CERTIFICATES.ca()));
        assertThat(printed("h:hopen `$\":tcps://127.0.0.1:" + mserve.port() + ":test:\"; r:h \"1+2\"; (neg h) \"reply tls\"; "
                + "r,`$h[]")).isEqualTo("3\n`tls");
    }

    @Test
    void hopenTcpsToAServerItCannotVerifySignalsConn() throws Exception {
        printed("`SSL_CA_CERT_FILE setenv \"\"");
        assertThat(printed("hopen `$\":tcps://127.0.0.1:" + mserve.port() + "\"")).startsWith("'conn. OS reports: ");
    }

    @Test
    void sslVerifyServerNoAcceptsAnyCertificate() throws Exception {
        printed("`SSL_CA_CERT_FILE setenv \"\"; `SSL_VERIFY_SERVER setenv \"NO\"");
        assertThat(printed("h:hopen `$\":tcps://localhost:" + mserve.port() + "\"; h \"2*3\"")).isEqualTo("6");
    }

    @Test
    void hopenWithoutTcpsToTheTlsOnlyPortIsClosedWithoutAReply() throws Exception {
        assertThat(printed("hopen " + mserve.port())).startsWith("'access");
    }
}
