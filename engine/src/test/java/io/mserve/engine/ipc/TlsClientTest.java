package io.mserve.engine.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mserve.engine.QException;
import java.net.ServerSocket;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code hopen `:tcps://host:port} (kb/ssl.md, "TLS Client Mode"): its settings come from
 * environment variables, a {@code KX_} one winning, and TLS that cannot start is
 * {@code 'conn. OS reports: ...}. Handshakes with a real TLS server are proven in the testkit
 * (EngineHopenTlsTest), against a primary with a generated CA.
 */
class TlsClientTest {
    @RegisterExtension
    final ServerAndClient sessions = new ServerAndClient();

    @Test
    void aKxPrefixedVariableWinsOverThePlainOne() {
        TlsClient tls = new TlsClient(Map.of("KX_SSL_CA_CERT_FILE", "/no/such/kx-ca.pem",
                "SSL_CA_CERT_FILE", "/no/such/ca.pem")::get);
        assertThatThrownBy(tls::context).isInstanceOf(QException.class)
                .hasMessageStartingWith("conn. OS reports: ").hasMessageContaining("kx-ca.pem");
    }

    @Test
    void anEmptyKxVariableLeavesThePlainOne() {
        TlsClient tls = new TlsClient(Map.of("KX_SSL_CA_CERT_FILE", "", "SSL_CA_CERT_FILE", "/no/such/ca.pem")::get);
        assertThatThrownBy(tls::context).hasMessageContaining("/no/such/ca.pem");
    }

    @Test
    void withNoVariableTheJvmsDefaultTrustIsUsed() throws Exception {
        assertThat(new TlsClient(name -> null).context()).isSameAs(SSLContext.getDefault());
    }

    @Test
    void aClientCertificateThatCannotBeReadIsConn() {
        TlsClient tls = new TlsClient(Map.of("SSL_VERIFY_SERVER", "NO", "SSL_CERT_FILE", "/no/such/client.pem",
                "SSL_KEY_FILE", "/no/such/client-key.pem")::get);
        assertThatThrownBy(tls::context).hasMessageStartingWith("conn. OS reports: ");
    }

    @Test
    void hopenTcpsToAPlainServerIsConn() throws Exception {
        String printed = sessions.printedOnClient("hopen (`$\":tcps://127.0.0.1:" + sessions.port() + "\";2000)");
        assertThat(printed).startsWith("'conn. OS reports: ");
    }

    @Test
    void hopenTcpsToASilentServerTimesOut() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            assertThat(sessions.printedOnClient("hopen (`$\":tcps://127.0.0.1:" + silent.getLocalPort() + "\";200)")).isEqualTo("'timeout");
        }
    }

    @Test
    void aTcpsAddressWithoutAPortIsNoConnection() throws Exception {
        assertThat(sessions.printedOnClient("hopen `$\":tcps://127.0.0.1\"")).isEqualTo("'nyi");
    }
}
