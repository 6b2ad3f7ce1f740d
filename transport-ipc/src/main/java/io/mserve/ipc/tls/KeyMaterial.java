package io.mserve.ipc.tls;

import io.mserve.core.config.SettingsReader;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;

/**
 * The certificates and keys of one TLS block, read from files named in the configuration: a PEM
 * certificate chain with its PEM private key, or a PKCS#12 key store; and PEM CA certificates to
 * trust. Every unreadable file is a problem recorded against its key, never a stack trace.
 */
final class KeyMaterial {
    /** Largest file read: certificate chains and key stores are a few kilobytes. */
    static final long LARGEST_FILE = 1 << 20;

    private final SettingsReader in;
    private final String block;

    /** @param block the TLS block's path relative to the reader's root, e.g. {@code tls} */
    KeyMaterial(SettingsReader in, String block) {
        this.in = in;
        this.block = block;
    }

    private String key(String name) {
        return block + "." + name;
    }

    /** Whether the block names its own certificate (PEM or key store). */
    boolean hasIdentity() {
        return !in.text(key("certificate")).isBlank() || !in.text(key("key-store")).isBlank();
    }

    /**
     * A builder holding this block's certificate and key: a server's when {@code server}, else a
     * client's (for mutual TLS).
     *
     * @return the builder, or null when they could not be read (a problem is recorded)
     */
    SslContextBuilder identity(boolean server) {
        String certificate = in.text(key("certificate"));
        String privateKey = in.text(key("private-key"));
        String keyStore = in.text(key("key-store"));
        String password = in.text(key("password"));
        if (!keyStore.isBlank()) {
            if (!certificate.isBlank() || !privateKey.isBlank()) {
                in.problem(key("key-store"), "give either key-store or certificate and private-key, not both");
                return null;
            }
            KeyManagerFactory keys = keyStore(keyStore, password);
            if (keys == null) {
                return null;
            }
            return server ? SslContextBuilder.forServer(keys) : SslContextBuilder.forClient().keyManager(keys);
        }
        if (certificate.isBlank() || privateKey.isBlank()) {
            in.problem(key(certificate.isBlank() ? "certificate" : "private-key"),
                    "needed: a PEM certificate and its PEM private key, or a PKCS#12 key-store");
            return null;
        }
        byte[] chain = file("certificate", certificate);
        byte[] keyBytes = file("private-key", privateKey);
        boolean certificatesRead = chain != null && certificates("certificate", chain) != null;
        if (!certificatesRead || keyBytes == null) {
            return null;
        }
        String keyPassword = password.isEmpty() ? null : password;
        try {
            return server
                    ? SslContextBuilder.forServer(new ByteArrayInputStream(chain), new ByteArrayInputStream(keyBytes), keyPassword)
                    : SslContextBuilder.forClient().keyManager(new ByteArrayInputStream(chain),
                            new ByteArrayInputStream(keyBytes), keyPassword);
        } catch (IllegalArgumentException e) {
            in.problem(key("private-key"), privateKey + ": not a PEM private key (PKCS#8, encrypted with "
                    + key("password") + " if set): " + reason(e));
            return null;
        }
    }

    /** The CA certificates of {@code trust}, or null when the key is empty or a problem was recorded. */
    X509Certificate[] trust() {
        String trust = in.text(key("trust"));
        if (trust.isBlank()) {
            return null;
        }
        byte[] bytes = file("trust", trust);
        List<X509Certificate> certificates = bytes == null ? null : certificates("trust", bytes);
        return certificates == null ? null : certificates.toArray(new X509Certificate[0]);
    }

    private KeyManagerFactory keyStore(String path, String password) {
        byte[] bytes = file("key-store", path);
        if (bytes == null) {
            return null;
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), password.toCharArray());
            if (Collections.list(store.aliases()).stream().noneMatch(alias -> isPrivateKey(store, alias))) {
                in.problem(key("key-store"), path + ": holds no private key");
                return null;
            }
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password.toCharArray());
            return keys;
        } catch (IOException e) {
            boolean wrongPassword = e.getCause() instanceof UnrecoverableKeyException;
            in.problem(key(wrongPassword ? "password" : "key-store"), path + ": "
                    + (wrongPassword ? "wrong password for the key store" : "not a PKCS#12 key store: " + reason(e)));
            return null;
        } catch (GeneralSecurityException e) {
            in.problem(key("key-store"), path + ": cannot be read as a PKCS#12 key store: " + reason(e));
            return null;
        }
    }

    private static boolean isPrivateKey(KeyStore store, String alias) {
        try {
            return store.entryInstanceOf(alias, KeyStore.PrivateKeyEntry.class);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The certificates in PEM text {@code bytes}, or null with a problem recorded against {@code name}. */
    private List<X509Certificate> certificates(String name, byte[] bytes) {
        String path = in.text(key(name));
        List<X509Certificate> found = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            try (InputStream pem = new ByteArrayInputStream(bytes)) {
                factory.generateCertificates(pem).forEach(c -> found.add((X509Certificate) c));
            }
        } catch (CertificateException | IOException | ClassCastException e) {
            in.problem(key(name), path + ": not PEM X.509 certificates: " + reason(e));
            return null;
        }
        if (found.isEmpty()) {
            in.problem(key(name), path + ": holds no certificate");
            return null;
        }
        return found;
    }

    /** The bytes of file {@code path}, or null with a problem recorded against {@code name}. */
    private byte[] file(String name, String path) {
        try {
            Path file = Path.of(path);
            long size = Files.size(file);
            if (size > LARGEST_FILE) {
                in.problem(key(name), path + ": " + size + " bytes, larger than " + LARGEST_FILE + ": not a certificate or key");
                return null;
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            in.problem(key(name), path + ": no such file");
        } catch (IOException | RuntimeException e) {
            in.problem(key(name), path + ": cannot be read: " + reason(e));
        }
        return null;
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
