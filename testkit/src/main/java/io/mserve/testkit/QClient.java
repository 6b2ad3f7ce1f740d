package io.mserve.testkit;

import com.kx.c;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A kdb+ client for tests, over KX's own Java client (javakdb): sync, async and deferred
 * synchronous calls as a q user makes them. kdb+ errors surface as {@link QError}.
 */
public final class QClient implements AutoCloseable {
    private final c connection;

    private QClient(c connection) {
        this.connection = connection;
    }

    /** Connects to {@code host:port} as {@code user:password} (javakdb's handshake, capability 3). */
    public static QClient connect(String host, int port, String login) {
        try {
            return new QClient(new c(host, port, login));
        } catch (c.KException e) {
            throw new QError(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot connect to " + host + ":" + port, e);
        }
    }

    /** Connects to a loopback port as user {@code test}. */
    public static QClient connect(int port) {
        return connect("127.0.0.1", port, "test:");
    }

    /** {@code h query}: a sync message, answered by a response. A Java String goes as q text (a char vector). */
    public Object sync(Object query) {
        try {
            return connection.k(text(query));
        } catch (c.KException e) {
            throw new QError(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code neg[h] query}: an async message. */
    public void async(Object query) {
        try {
            connection.ks(text(query));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code h[]}: the next message that arrives, whatever its type. */
    public Object receive() {
        try {
            return connection.k();
        } catch (c.KException e) {
            throw new QError(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code (neg h) query; h[]}: deferred synchronous, as through mserve. */
    public Object deferred(Object query) {
        async(query);
        return receive();
    }

    // javakdb sends a Java String as a symbol; a q user's query text travels as a string.
    private static Object text(Object query) {
        return query instanceof String ? ((String) query).toCharArray() : query;
    }

    /** The underlying javakdb connection, for what this class does not cover. */
    public c connection() {
        return connection;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes, ignoring a connection that has already gone. */
    public void closeQuietly() {
        try {
            connection.close();
        } catch (IOException ignored) {
            // already closed by the other side
        }
    }

    /** A kdb+ error ({@code 'text}) a query came back with. */
    public static final class QError extends RuntimeException {
        public QError(String text) {
            super(text);
        }

        /** The error's text, without the quote. */
        public String text() {
            return getMessage();
        }
    }
}
