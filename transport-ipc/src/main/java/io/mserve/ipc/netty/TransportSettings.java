package io.mserve.ipc.netty;

import com.typesafe.config.Config;
import io.mserve.core.config.SettingsReader;
import io.mserve.ipc.tls.SecondaryTls;
import io.mserve.ipc.tls.TlsSettings;
import java.time.Duration;

/**
 * The transport's settings, block {@code mserve.transport}.
 *
 * @param host             address the primary listens on
 * @param port             port the primary listens on
 * @param ioThreads        event-loop threads
 * @param maxMessageBytes  largest message accepted from a client
 * @param streamRepliesOver length over which a secondary's reply is passed on in pieces, never held whole
 * @param handshakeTimeout time a connection has to complete the handshake
 * @param clientBufferMax  reply bytes held for a client that does not read
 * @param compressRemote   whether large replies to non-loopback clients are compressed
 * @param useNative        whether to use epoll when available
 * @param secondaryLogin   {@code user:password} the primary sends to secondaries
 * @param maxConnections   most clients logged in at once, 0 for no bound
 * @param maxConnectionsPerUser most connections of one user name at once, 0 for no bound
 * @param tls              TLS for clients (block {@code tls})
 * @param secondaryTls     TLS to remote secondaries written {@code tls://host:port} (block {@code secondary-tls})
 */
public record TransportSettings(String host, int port, int ioThreads, int maxMessageBytes, long streamRepliesOver,
        Duration handshakeTimeout,
        long clientBufferMax, boolean compressRemote, boolean useNative, String secondaryLogin, int maxConnections,
        int maxConnectionsPerUser, TlsSettings tls, SecondaryTls secondaryTls) {

    /** Reads {@code mserve.transport} from a configuration that includes the reference defaults. */
    public static TransportSettings from(Config config) {
        SettingsReader in = SettingsReader.of(config, "mserve.transport");
        TransportSettings settings = new TransportSettings(
                in.string("host"),
                in.intIn("port", 0, 65_535),
                in.intIn("io-threads", 1, 256),
                (int) in.bytesIn("max-message-bytes", 64, Integer.MAX_VALUE),
                in.bytesIn("stream-replies-over", 64, Integer.MAX_VALUE),
                in.duration("handshake-timeout"),
                in.bytesIn("client-buffer-max", 1024, Long.MAX_VALUE),
                in.bool("compress-remote"),
                in.bool("native"),
                in.text("secondary-login"),
                in.intIn("max-connections", 0, Integer.MAX_VALUE),
                in.intIn("max-connections-per-user", 0, Integer.MAX_VALUE),
                TlsSettings.read(in),
                SecondaryTls.read(in, "secondary-tls"));
        in.done();
        return settings;
    }
}
