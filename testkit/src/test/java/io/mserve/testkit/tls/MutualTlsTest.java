package io.mserve.testkit.tls;

import static io.mserve.testkit.Certificates.quoted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kx.c;
import io.mserve.testkit.Certificates;
import io.mserve.testkit.MservePrimary;
import java.io.IOException;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A main port that requires TLS and a client certificate its CA issued (kdb+'s {@code -E 2} with
 * {@code SSL_VERIFY_CLIENT=YES}); the server's key comes from a PKCS#12 key store.
 */
class MutualTlsTest {
    private static final Certificates CERTIFICATES = Certificates.get();

    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withFakes(1).config("mserve.transport.tls { mode = required"
            + ", key-store = " + quoted(CERTIFICATES.keyStore("server")) + ", password = " + Certificates.PASSWORD
            + ", client-auth = require, trust = " + quoted(CERTIFICATES.ca()) + " }");

    private SSLContext before;

    private c connect(boolean withCertificate) throws Exception {
        before = before == null ? SSLContext.getDefault() : before;
        SSLContext.setDefault(CERTIFICATES.clientContext(withCertificate));
        return new c("127.0.0.1", mserve.port(), "test:", true);
    }

    @AfterEach
    void restoreTheDefault() {
        if (before != null) {
            SSLContext.setDefault(before);
        }
    }

    @Test
    void aClientWithACertificateFromTheTrustedCaGetsIn() throws Exception {
        c q = connect(true);
        try {
            q.ks("reply mutual".toCharArray());
            assertThat(new String((char[]) q.k())).isEqualTo("mutual");
        } finally {
            q.close();
        }
    }

    @Test
    void aClientWithoutACertificateIsRefused() {
        assertThatThrownBy(() -> {
            c q = connect(false);
            try {
                q.k("1+1".toCharArray());
            } finally {
                q.close();
            }
        }).isInstanceOfAny(IOException.class, c.KException.class);
    }

    @Test
    void aPlainClientIsClosed() {
        assertThatThrownBy(() -> new c("127.0.0.1", mserve.port(), "test:")).isInstanceOfAny(IOException.class, c.KException.class);
    }
}
