package io.mserve.launcher.secondary;

import io.mserve.core.discovery.Address;
import io.mserve.ipc.codec.Encoder;
import io.mserve.ipc.tls.SecondaryTls;
import io.mserve.ipc.value.K;
import io.mserve.ipc.wire.Credentials;
import io.mserve.ipc.wire.MessageType;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * One sync call straight to a secondary, outside the dispatcher (for {@code .mserve.each}): its
 * own connection (TLS to a remote secondary written {@code tls://host:port}, as the primary's
 * other connections to it), logged in as the primary, closed after the reply. kdb+ answers it
 * as it answers {@code h x} from q.
 */
public final class SecondaryCall {
    private final Duration connectTimeout;
    private final Duration answerTimeout;
    private final int maxReplyBytes;
    private final SecondaryTls tls;

    /**
     * @param connectTimeout the longest wait for the connection and the handshakes' answers
     * @param answerTimeout  the longest wait for the query's answer; {@link Duration#ZERO} for as long as it runs
     * @param maxReplyBytes  the longest reply accepted
     * @param tls            the secondaries reached over TLS, and how
     */
    public SecondaryCall(Duration connectTimeout, Duration answerTimeout, int maxReplyBytes, SecondaryTls tls) {
        this.connectTimeout = connectTimeout;
        this.answerTimeout = answerTimeout;
        this.maxReplyBytes = maxReplyBytes;
        this.tls = tls;
    }

    /**
     * Logs in to {@code secondary} as {@code login} ({@code user:password}, what the primary's own
     * connection to it uses), sends {@code query} as a sync message and waits for its answer, at
     * most the answer timeout.
     *
     * @return the answer; a {@code KError} when the secondary signalled
     * @throws IOException when the secondary cannot be reached, fails the TLS handshake, refuses the
     *                     login, or answers badly; one whose message is {@code timeout} when the
     *                     answer took longer than the answer timeout (the connection is then closed)
     */
    public K call(Address secondary, String login, K query) throws IOException {
        try (BlockingConnection connection = BlockingConnection.open(secondary.host(), secondary.port(), tls,
                Credentials.handshake(login), connectTimeout)) {
            try {
                return connection.ask(Encoder.encode(MessageType.SYNC, query), maxReplyBytes, answerTimeout);
            } catch (SocketTimeoutException e) {
                throw new IOException("timeout", e);
            }
        }
    }
}
