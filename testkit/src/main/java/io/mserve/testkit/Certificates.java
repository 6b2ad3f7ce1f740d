package io.mserve.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throw-away certificate authority for TLS tests, made with the JDK's keytool when first asked
 * for (no private key is committed): the CA's certificate, and a server and a client certificate it
 * issued (EC P-256, valid two days, the server's for 127.0.0.1 and localhost), each as PEM files
 * (chain and PKCS#8 key) and as a PKCS#12 key store.
 */
public final class Certificates {
    /** Password of every key store made here. */
    public static final String PASSWORD = "changeit";
    private static Certificates made;

    private final Path dir;

    private Certificates(Path dir) {
        this.dir = dir;
    }

    /** The certificates of this test run, made on first use. */
    public static synchronized Certificates get() {
        if (made == null) {
            try {
                Path dir = Files.createTempDirectory("mserve-tls");
                made = new Certificates(dir);
                made.make();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return made;
    }

    /** The CA's certificate, PEM. */
    public Path ca() {
        return dir.resolve("ca.pem");
    }

    /** {@code server} or {@code client}: the certificate chain, PEM, its own first. */
    public Path chain(String who) {
        return dir.resolve(who + "-chain.pem");
    }

    /** {@code server} or {@code client}: the private key, PEM (PKCS#8). */
    public Path key(String who) {
        return dir.resolve(who + "-key.pem");
    }

    /** {@code server} or {@code client}: key and chain as a PKCS#12 key store, password {@link #PASSWORD}. */
    public Path keyStore(String who) {
        return dir.resolve(who + ".p12");
    }

    /** A HOCON path as a quoted string. */
    public static String quoted(Path file) {
        return "\"" + file.toString().replace("\\", "\\\\") + "\"";
    }

    /**
     * A client's TLS context that trusts this CA only and, when {@code withCertificate}, presents
     * the client certificate.
     */
    public SSLContext clientContext(boolean withCertificate) {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("ca", load(keyStore("server")).getCertificate("ca"));
            TrustManagerFactory trusted = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trusted.init(trust);
            KeyManagerFactory keys = null;
            if (withCertificate) {
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(load(keyStore("client")), PASSWORD.toCharArray());
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), trusted.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot make the test's TLS client context", e);
        }
    }

    private void make() throws IOException, InterruptedException {
        keytool("-genkeypair", "-keystore", "ca.p12", "-alias", "ca", "-dname", "CN=mserve test CA", "-ext", "bc:c");
        keytool("-exportcert", "-keystore", "ca.p12", "-alias", "ca", "-rfc", "-file", "ca.pem");
        for (String who : new String[] {"server", "client"}) {
            keytool("-genkeypair", "-keystore", who + ".p12", "-alias", who, "-dname", "CN=mserve test " + who);
            keytool("-certreq", "-keystore", who + ".p12", "-alias", who, "-file", who + ".csr");
            keytool("-gencert", "-keystore", "ca.p12", "-alias", "ca", "-infile", who + ".csr", "-outfile", who + ".crt",
                    "-rfc", "-ext", "san=ip:127.0.0.1,dns:localhost");
            keytool("-importcert", "-keystore", who + ".p12", "-alias", "ca", "-file", "ca.pem", "-noprompt");
            keytool("-importcert", "-keystore", who + ".p12", "-alias", who, "-file", who + ".crt");
            writePem(who);
        }
    }

    private void writePem(String who) throws IOException {
        try {
            KeyStore store = load(keyStore(who));
            Key key = store.getKey(who, PASSWORD.toCharArray());
            Files.writeString(key(who), pem("PRIVATE KEY", key.getEncoded()), StandardCharsets.US_ASCII);
            StringBuilder chain = new StringBuilder();
            for (Certificate certificate : store.getCertificateChain(who)) {
                chain.append(pem("CERTIFICATE", certificate.getEncoded()));
            }
            Files.writeString(chain(who), chain, StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the " + who + " key store keytool made", e);
        }
    }

    private static KeyStore load(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(file)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(arguments));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
        if (arguments[0].equals("-genkeypair")) {
            command.addAll(List.of("-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2"));
        } else if (arguments[0].equals("-gencert")) {
            command.addAll(List.of("-validity", "2"));
        }
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("keytool " + String.join(" ", arguments) + " failed: " + output);
        }
    }
}
