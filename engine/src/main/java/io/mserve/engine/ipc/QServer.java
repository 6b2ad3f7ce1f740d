package io.mserve.engine.ipc;

import io.mserve.core.auth.Authenticator;
import io.mserve.ipc.netty.EventLoops;
import io.mserve.ipc.netty.FrameDecoder;
import io.mserve.ipc.netty.ServerHandshake;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.function.Supplier;

/** The session's kdb+ IPC listener ({@code -p}): the handshake, framing, then {@link ServerConnection}. */
final class QServer implements AutoCloseable {
    private static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_MESSAGE_BYTES = Integer.MAX_VALUE;

    private final EventLoops loops = new EventLoops(1, true);
    private final Channel listener;

    QServer(String host, int port, Authenticator authenticator, Supplier<ServerConnection> connections)
            throws InterruptedException {
        try {
            listener = new ServerBootstrap()
                .group(loops.group())
                .channel(loops.serverChannel())
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        channel.pipeline().addLast(new ServerHandshake(authenticator, HANDSHAKE_TIMEOUT),
                                new FrameDecoder(MAX_MESSAGE_BYTES), connections.get());
                    }
                })
                .bind(host, port)
                .sync()
                .channel();
        } catch (InterruptedException | RuntimeException e) {
            loops.close();
            throw e;
        }
    }

    int port() {
        return ((InetSocketAddress) listener.localAddress()).getPort();
    }

    @Override
    public void close() {
        listener.close().syncUninterruptibly();
        loops.close();
    }
}
