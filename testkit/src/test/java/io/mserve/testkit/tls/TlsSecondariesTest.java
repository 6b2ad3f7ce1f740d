package io.mserve.testkit.tls;

import static io.mserve.testkit.Certificates.quoted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kx.c;
import com.typesafe.config.ConfigFactory;
import io.mserve.core.dispatch.SecondaryStatus;
import io.mserve.core.secondary.SecondaryState;
import io.mserve.ipc.netty.TransportSettings;
import io.mserve.ipc.tls.SecondaryTls;
import io.mserve.launcher.Primary;
import io.mserve.launcher.secondary.HandshakeProbe;
import io.mserve.launcher.secondary.NoSecondaryStarted;
import io.mserve.testkit.Certificates;
import io.mserve.testkit.FakeSecondary;
import io.mserve.testkit.QClient;
import io.mserve.testkit.QueryScript;
import io.mserve.testkit.membership.AdminRoleForTests;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The primary reaches a remote secondary written {@code tls://host:port} over TLS, trusting the
 * CA in {@code mserve.transport.secondary-tls.trust}, and presents its own certificate to a
 * secondary that requires one (mutual TLS). The secondaries are fakes behind Netty's SslHandler.
 */
class TlsSecondariesTest {
    private static final Certificates CERTIFICATES = Certificates.get();
    private final List<AutoCloseable> cleanup = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (int i = cleanup.size() - 1; i >= 0; i--) {
            cleanup.get(i).close();
        }
    }

    private FakeSecondary tlsFake(boolean clientCertificate) throws Exception {
        SslContextBuilder server = SslContextBuilder.forServer(CERTIFICATES.chain("server").toFile(),
                CERTIFICATES.key("server").toFile());
        if (clientCertificate) {
            server.clientAuth(ClientAuth.REQUIRE).trustManager(CERTIFICATES.ca().toFile());
        }
        SslContext context = server.build();
        FakeSecondary fake = FakeSecondary.start(1, 0, new QueryScript(1), context);
        cleanup.add(fake);
        return fake;
    }

    private Primary primary(FakeSecondary fake, String secondaryTls) {
        Primary primary = Primary.start(ConfigFactory.parseString("mserve.transport { host = \"127.0.0.1\", port = 0 }\n"
                + AdminRoleForTests.CONFIG + "\n"
                + "mserve.secondaries.ready-timeout = 3s\n"
                + "mserve.secondaries.remote = [\"tls://127.0.0.1:" + fake.port() + "\"]\n"
                + "mserve.transport.secondary-tls { " + secondaryTls + " }")
                .withFallback(ConfigFactory.load()).resolve());
        cleanup.add(primary);
        return primary;
    }

    @Test
    void aTlsSecondaryWhoseCaIsTrustedAnswersRoutedQueries() throws Exception {
        FakeSecondary fake = tlsFake(false);
        Primary primary = primary(fake, "trust = " + quoted(CERTIFICATES.ca()));

        assertThat(primary.status()).extracting(SecondaryStatus::state).containsExactly(SecondaryState.UP);
        try (QClient q = QClient.connect(primary.port())) {
            assertThat(new String((char[]) q.deferred("reply over tls"))).isEqualTo("over tls");
        }
        assertThat(fake.served()).isEqualTo(1);
    }

    @Test
    void eachSendsToATlsSecondaryOverTlsWithThePrimarysTrustAndCertificate() throws Exception {
        FakeSecondary fake = tlsFake(true);
        Primary primary = primary(fake, "trust = " + quoted(CERTIFICATES.ca()) + ", certificate = "
                + quoted(CERTIFICATES.chain("client")) + ", private-key = " + quoted(CERTIFICATES.key("client")));

        try (QClient admin = QClient.connect("127.0.0.1", primary.port(), "admin:")) {
            c.Dict each = (c.Dict) admin.sync(".mserve.each \"who\"");
            assertThat((String[]) each.x).containsExactly("127.0.0.1:" + fake.port());
            assertThat((Object[]) each.y).extracting(v -> new String((char[]) v)).containsExactly("secondary 1");
        }
    }

    @Test
    void aSecondaryRequiringAClientCertificateGetsThePrimarys() throws Exception {
        FakeSecondary fake = tlsFake(true);
        Primary primary = primary(fake, "trust = " + quoted(CERTIFICATES.ca()) + ", certificate = "
                + quoted(CERTIFICATES.chain("client")) + ", private-key = " + quoted(CERTIFICATES.key("client")));

        try (QClient q = QClient.connect(primary.port())) {
            assertThat(new String((char[]) q.deferred("reply mutual"))).isEqualTo("mutual");
        }
    }

    @Test
    void aSecondaryWhoseCertificateIsNotTrustedNeverComesUp() throws Exception {
        FakeSecondary fake = tlsFake(false);

        assertThatThrownBy(() -> primary(fake, "")).isInstanceOf(NoSecondaryStarted.class);
        assertThat(fake.served()).isZero();

        SecondaryTls defaultTrust = TransportSettings.from(ConfigFactory.load()).secondaryTls()
                .to(Set.of("127.0.0.1:" + fake.port()));
        assertThatThrownBy(() -> new HandshakeProbe("mserve:", defaultTrust)
                .await("127.0.0.1", fake.port(), Duration.ofMillis(500), new CompletableFuture<>(), null))
                .isInstanceOf(HandshakeProbe.NotReady.class).hasMessageContaining("PKIX path building failed");
    }
}
