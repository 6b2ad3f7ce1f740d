package io.mserve.ipc.tls;

import io.mserve.core.config.SettingsReader;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.security.cert.X509Certificate;
import java.util.OptionalInt;
import javax.net.ssl.SSLException;

/**
 * TLS for the primary's clients, block {@code mserve.transport.tls}: whether the main port speaks
 * it (kdb+'s {@code -E 0/1/2}), a second TLS-only port, and the server's certificate.
 *
 * @param mode    TLS on the main port
 * @param port    a second port that accepts TLS only, if any
 * @param context the server's TLS context; null when neither port speaks TLS
 */
public record TlsSettings(Mode mode, OptionalInt port, SslContext context) {

    /** TLS on a port, as kdb+'s {@code -E}: 0 off, 1 optional (plain and TLS on one port), 2 required. */
    public enum Mode { OFF, OPTIONAL, REQUIRED }

    /** Whether clients must present a certificate (kdb+'s {@code SSL_VERIFY_CLIENT} NO / REQUESTONLY / YES). */
    enum ClientCertificates {
        NONE(ClientAuth.NONE), OPTIONAL(ClientAuth.OPTIONAL), REQUIRE(ClientAuth.REQUIRE);

        final ClientAuth netty;

        ClientCertificates(ClientAuth netty) {
            this.netty = netty;
        }
    }

    /** No TLS anywhere. */
    public static final TlsSettings OFF = new TlsSettings(Mode.OFF, OptionalInt.empty(), null);

    /** Whether any port speaks TLS. */
    public boolean enabled() {
        return context != null;
    }

    /**
     * Reads block {@code tls} of {@code in}; problems (missing or unreadable files, wrong
     * password) are recorded in {@code in}, each naming its key.
     */
    public static TlsSettings read(SettingsReader in) {
        Mode mode = in.choice("tls.mode", Mode.class);
        OptionalInt port = OptionalInt.empty();
        if (!in.text("tls.port").trim().equals("off")) {
            port = OptionalInt.of(in.intIn("tls.port", 0, 65_535));
        }
        ClientCertificates clients = in.choice("tls.client-auth", ClientCertificates.class);
        if (mode == Mode.OFF && port.isEmpty()) {
            return OFF;
        }
        KeyMaterial material = new KeyMaterial(in, "tls");
        SslContextBuilder builder = material.identity(true);
        X509Certificate[] trust = material.trust();
        if (trust == null && clients != ClientCertificates.NONE && in.text("tls.trust").isBlank()) {
            in.problem("tls.trust", "needed when client-auth is " + SettingsReader.label(clients)
                    + ": the CA certificates (PEM) that issue the clients' certificates");
        }
        if (builder == null || clients != ClientCertificates.NONE && trust == null) {
            return OFF;
        }
        builder.sslProvider(SslProvider.JDK).clientAuth(clients.netty);
        if (trust != null) {
            builder.trustManager(trust);
        }
        try {
            return new TlsSettings(mode, port, builder.build());
        } catch (SSLException | RuntimeException e) {
            in.problem("tls", "cannot make a TLS context: " + e.getMessage());
            return OFF;
        }
    }
}
