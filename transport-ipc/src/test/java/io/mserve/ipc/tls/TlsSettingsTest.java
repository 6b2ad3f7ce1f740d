package io.mserve.ipc.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import io.mserve.ipc.netty.TransportSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.crypto.spec.SecretKeySpec;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Block {@code mserve.transport.tls}: every file that cannot serve (missing, not PEM, truncated,
 * oversized, a key store with the wrong password or no key) stops start-up with one line naming
 * its key, never a stack trace. A valid certificate here is a public CA's (no private key is
 * committed); the handshakes themselves are proven in the testkit with a generated CA.
 */
class TlsSettingsTest {
    @TempDir
    Path dir;

    private static String quoted(Path file) {
        return "\"" + file.toString().replace("\\", "\\\\") + "\"";
    }

    private static TransportSettings read(String tls) {
        return TransportSettings.from(ConfigFactory.parseString("mserve.transport.tls { " + tls + " }")
                .withFallback(ConfigFactory.load()).resolve());
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(String tls) {
        return assertThatThrownBy(() -> read(tls)).isInstanceOf(ConfigException.ValidationFailed.class);
    }

    private Path publicCertificate() throws IOException {
        Path file = dir.resolve("ca.pem");
        try (InputStream in = getClass().getResourceAsStream("/tls/isrg-root-x1.pem")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.US_ASCII);
    }

    @Test
    void offByDefaultWithNoFileRead() {
        TlsSettings tls = read("").tls();
        assertThat(tls.enabled()).isFalse();
        assertThat(tls.mode()).isEqualTo(TlsSettings.Mode.OFF);
        assertThat(tls.port()).isEmpty();
    }

    @Test
    void aModeOrPortWithoutACertificateNamesTheMissingKey() {
        refused("mode = optional").hasMessageContaining("mserve.transport.tls.certificate")
                .hasMessageContaining("a PEM certificate and its PEM private key, or a PKCS#12 key-store");
        refused("port = 6443, certificate = \"x.pem\"").hasMessageContaining("mserve.transport.tls.private-key");
    }

    @Test
    void aMissingFileIsNamedWithItsKey() {
        refused("mode = required, certificate = \"/no/such/cert.pem\", private-key = \"/no/such/key.pem\"")
                .hasMessageContaining("mserve.transport.tls.certificate: /no/such/cert.pem: no such file")
                .hasMessageContaining("mserve.transport.tls.private-key: /no/such/key.pem: no such file");
    }

    @Test
    void textThatIsNoCertificateIsRefused() throws IOException {
        Path key = file("key.pem", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        refused("mode = required, certificate = " + quoted(file("cert.pem", "hello, not a certificate\n"))
                + ", private-key = " + quoted(key))
                .hasMessageContaining("mserve.transport.tls.certificate").hasMessageContaining("not PEM X.509 certificates");
    }

    @Test
    void aTruncatedCertificateIsRefused() throws IOException {
        String whole = Files.readString(publicCertificate());
        Path key = file("key.pem", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        for (int length : new int[] {0, 10, whole.length() / 2, whole.length() - 30}) {
            refused("mode = required, certificate = " + quoted(file("cut.pem", whole.substring(0, length)))
                    + ", private-key = " + quoted(key)).as("cut at " + length)
                    .hasMessageContaining("mserve.transport.tls.certificate");
        }
    }

    @Test
    void anOversizedFileIsRefusedUnread() throws IOException {
        Path huge = dir.resolve("huge.pem");
        try (OutputStream out = Files.newOutputStream(huge)) {
            out.write(new byte[(int) KeyMaterial.LARGEST_FILE + 1]);
        }
        refused("mode = required, certificate = " + quoted(huge) + ", private-key = " + quoted(huge))
                .hasMessageContaining("mserve.transport.tls.certificate: " + huge + ": " + (KeyMaterial.LARGEST_FILE + 1)
                        + " bytes, larger than " + KeyMaterial.LARGEST_FILE);
    }

    @Test
    void aKeyThatIsNoPemPrivateKeyIsBlamedOnPrivateKey() throws IOException {
        Path certificate = publicCertificate();
        for (String key : new String[] {"", "garbage\n", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
            "-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ"}) {
            refused("mode = required, certificate = " + quoted(certificate) + ", private-key = " + quoted(file("k.pem", key)))
                    .as(key).hasMessageContaining("mserve.transport.tls.private-key")
                    .hasMessageNotContaining("mserve.transport.tls.certificate");
        }
    }

    @Test
    void aKeyStoreWithTheWrongPasswordNamesThePassword() throws Exception {
        Path store = keyStore("right");
        refused("mode = required, key-store = " + quoted(store) + ", password = wrong")
                .hasMessageContaining("mserve.transport.tls.password").hasMessageContaining("wrong password for the key store");
    }

    @Test
    void aKeyStoreWithoutAPrivateKeyIsRefused() throws Exception {
        refused("mode = required, key-store = " + quoted(keyStore("right")) + ", password = right")
                .hasMessageContaining("mserve.transport.tls.key-store").hasMessageContaining("holds no private key");
    }

    @Test
    void aFileThatIsNoKeyStoreIsRefused() throws IOException {
        refused("mode = required, key-store = " + quoted(publicCertificate()))
                .hasMessageContaining("mserve.transport.tls.key-store").hasMessageContaining("not a PKCS#12 key store");
    }

    @Test
    void aKeyStoreAndPemFilesTogetherAreRefused() throws Exception {
        refused("mode = required, key-store = " + quoted(keyStore("right")) + ", certificate = \"c.pem\"")
                .hasMessageContaining("give either key-store or certificate and private-key, not both");
    }

    @Test
    void clientCertificatesNeedATrustedCa() {
        refused("mode = required, certificate = \"c.pem\", private-key = \"k.pem\", client-auth = require")
                .hasMessageContaining("mserve.transport.tls.trust: needed when client-auth is require");
    }

    @Test
    void aTrustFileThatIsNoCertificateIsRefused() throws IOException {
        refused("mode = required, certificate = \"c.pem\", private-key = \"k.pem\", client-auth = optional, trust = "
                + quoted(file("ca.pem", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")))
                .hasMessageContaining("mserve.transport.tls.trust");
    }

    @Test
    void unknownModesAndClientAuthAreNamed() {
        refused("mode = on").hasMessageContaining("mserve.transport.tls.mode: must be one of off, optional, required");
        refused("client-auth = yes").hasMessageContaining("mserve.transport.tls.client-auth: must be one of none, optional, require");
        refused("port = 70000").hasMessageContaining("mserve.transport.tls.port");
    }

    /** A PKCS#12 store holding only a secret key (no certificate is needed to test its password). */
    private Path keyStore(String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setEntry("secret", new KeyStore.SecretKeyEntry(new SecretKeySpec(new byte[16], "AES")),
                new KeyStore.PasswordProtection(password.toCharArray()));
        Path file = dir.resolve("store.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
        return file;
    }
}
