package io.mserve.ipc.tls;

import io.mserve.core.config.SettingsReader;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.JdkSslContext;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import java.net.Socket;
import java.security.cert.X509Certificate;
import java.util.Set;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;

/**
 * TLS from the primary to the remote secondaries written {@code tls://host:port}, block
 * {@code mserve.transport.secondary-tls}: the CA certificates that issue their certificates
 * (else the JVM's default trust store) and, for secondaries that ask for one, the primary's own
 * certificate. The secondary's certificate chain is checked, not its host name (kdb+'s
 * {@code SSL_VERIFY_SERVER=YES}).
 */
public final class SecondaryTls {
    /** No secondary over TLS; the JVM's default trust for those {@link #to} names. */
    public static final SecondaryTls NONE = new SecondaryTls(null, Set.of());

    private final SslContext context;
    private final Set<String> addresses;

    private SecondaryTls(SslContext context, Set<String> addresses) {
        this.context = context;
        this.addresses = Set.copyOf(addresses);
    }

    /**
     * Reads block {@code block} of {@code in}; problems are recorded in {@code in}, each naming
     * its key. It covers no secondary until {@link #to} names them.
     */
    public static SecondaryTls read(SettingsReader in, String block) {
        KeyMaterial material = new KeyMaterial(in, block);
        if (!material.hasIdentity() && in.text(block + ".trust").isBlank()) {
            return NONE;
        }
        SslContextBuilder builder = material.hasIdentity() ? material.identity(false) : SslContextBuilder.forClient();
        X509Certificate[] trust = material.trust();
        if (builder == null || trust == null && !in.text(block + ".trust").isBlank()) {
            return NONE;
        }
        builder.sslProvider(SslProvider.JDK);
        if (trust != null) {
            builder.trustManager(trust);
        }
        try {
            return new SecondaryTls(builder.build(), Set.of());
        } catch (SSLException | RuntimeException e) {
            in.problem(block, "cannot make a TLS context: " + e.getMessage());
            return NONE;
        }
    }

    /**
     * The same TLS for the secondaries at {@code addresses} ({@code host:port}); with no file
     * configured, the JVM's default trust and no client certificate.
     */
    public SecondaryTls to(Set<String> addresses) {
        if (addresses.isEmpty() || context != null) {
            return new SecondaryTls(context, addresses);
        }
        try {
            return new SecondaryTls(SslContextBuilder.forClient().sslProvider(SslProvider.JDK).build(), addresses);
        } catch (SSLException e) {
            throw new IllegalStateException("the JVM's default TLS context: " + e.getMessage(), e);
        }
    }

    /** Whether the secondary at {@code host:port} is reached over TLS. */
    public boolean covers(String host, int port) {
        return addresses.contains(host + ":" + port);
    }

    /** The handler that starts a connection to {@code host:port} with the TLS handshake. */
    public SslHandler handler(ByteBufAllocator alloc, String host, int port) {
        return context.newHandler(alloc, host, port);
    }

    /** {@code plain}, connected to {@code host:port}, after the TLS handshake over it (for blocking callers). */
    public Socket wrap(Socket plain, String host, int port) throws IOException {
        SSLSocket tls = (SSLSocket) ((JdkSslContext) context).context().getSocketFactory().createSocket(plain, host, port, true);
        tls.startHandshake();
        return tls;
    }
}
