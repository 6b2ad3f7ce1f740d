package io.mserve.ipc.netty;

import io.mserve.core.auth.Authenticator;
import io.mserve.core.dispatch.Dispatcher;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.WriteBufferWaterMark;
import java.net.InetSocketAddress;

/**
 * The primary's listener: each connection passes the kdb+ handshake, then its messages are
 * framed and handed to the dispatcher.
 */
public final class PrimaryServer implements AutoCloseable {
    private final TransportSettings settings;
    private final EventLoops loops;
    private final Dispatcher dispatcher;
    private final Authenticator authenticator;
    private final ClientTraffic traffic = new ClientTraffic();
    private final ConnectionLimits limits;
    private Channel listener;

    public PrimaryServer(TransportSettings settings, EventLoops loops, Dispatcher dispatcher, Authenticator authenticator) {
        this.settings = settings;
        this.loops = loops;
        this.dispatcher = dispatcher;
        this.authenticator = authenticator;
        this.limits = new ConnectionLimits(settings.maxConnections(), settings.maxConnectionsPerUser());
    }

    /** Starts listening; returns the port (useful when the settings ask for port 0). */
    public int start() throws InterruptedException {
        listener = new ServerBootstrap()
                .group(loops.group())
                .channel(loops.serverChannel())
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(1 << 20, 4 << 20))
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        channel.pipeline().addLast(
                                traffic,
                                new ServerHandshake(authenticator, settings.handshakeTimeout()),
                                limits.handler(),
                                new FrameDecoder(settings.maxMessageBytes()),
                                new ClientConnection(dispatcher, settings.clientBufferMax(), settings.compressRemote()));
                    }
                })
                .bind(settings.host(), settings.port())
                .sync()
                .channel();
        return ((InetSocketAddress) listener.localAddress()).getPort();
    }

    /** Its clients' connections and bytes, counted since it was created. */
    public ClientTraffic traffic() {
        return traffic;
    }

    /** Stops accepting connections; open ones stay until their clients leave or the loops stop. */
    @Override
    public void close() {
        if (listener != null) {
            listener.close().syncUninterruptibly();
        }
    }
}
