package io.mserve.engine.ipc;

import io.mserve.engine.QException;
import io.mserve.engine.session.Session;
import io.netty.handler.ssl.JdkSslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.io.File;
import java.io.IOException;
import java.net.Socket;
import java.security.NoSuchAlgorithmException;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * The client side of {@code hopen `:tcps://host:port}, configured as kdb+'s is, by environment
 * variables (kb/ssl.md; a {@code KX_} prefixed one wins): {@code SSL_CA_CERT_FILE}, the PEM CA
 * certificates that issue the server's certificate (the JVM's default trust store when unset);
 * {@code SSL_VERIFY_SERVER=NO} to accept any certificate; {@code SSL_CERT_FILE} and
 * {@code SSL_KEY_FILE}, the client's own PEM certificate and key, for servers that ask for one.
 */
final class TlsClient {
    private final UnaryOperator<String> environment;

    /** @param environment a variable's value by name, null when not set */
    TlsClient(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    /** Reads the variables as this process's q sees them ({@code setenv} included). */
    static TlsClient ofProcess() {
        return new TlsClient(Session::environment);
    }

    private String variable(String name) {
        String kx = environment.apply("KX_" + name);
        return kx != null && !kx.isEmpty() ? kx : environment.apply(name);
    }

    /**
     * Wraps connected {@code socket} in TLS and completes the TLS handshake.
     *
     * @throws QException {@code 'conn. OS reports: ...} when the settings cannot be read or the handshake fails
     */
    SSLSocket wrap(Socket socket, String host, int port) throws IOException {
        SSLSocket tls = (SSLSocket) context().getSocketFactory().createSocket(socket, host, port, true);
        tls.startHandshake();
        return tls;
    }

    /** The TLS context the variables describe. */
    SSLContext context() {
        String ca = variable("SSL_CA_CERT_FILE");
        String certificate = variable("SSL_CERT_FILE");
        String key = variable("SSL_KEY_FILE");
        boolean verify = !"NO".equalsIgnoreCase(variable("SSL_VERIFY_SERVER"));
        boolean identity = certificate != null && !certificate.isEmpty() && key != null && !key.isEmpty();
        if (verify && (ca == null || ca.isEmpty()) && !identity) {
            try {
                return SSLContext.getDefault();
            } catch (NoSuchAlgorithmException e) {
                throw refused(e);
            }
        }
        try {
            SslContextBuilder builder = SslContextBuilder.forClient().sslProvider(SslProvider.JDK);
            if (!verify) {
                builder.trustManager(InsecureTrustManagerFactory.INSTANCE);
            } else if (ca != null && !ca.isEmpty()) {
                builder.trustManager(new File(ca));
            }
            if (identity) {
                builder.keyManager(new File(certificate), new File(key));
            }
            return ((JdkSslContext) builder.build()).context();
        } catch (IOException | RuntimeException e) {
            throw refused(e);
        }
    }

    /** kdb+'s error when TLS cannot start (kb/ssl.md). */
    static QException refused(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new QException("conn. OS reports: " + (root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage()));
    }
}
