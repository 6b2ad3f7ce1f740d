package io.mserve.ipc.netty;

import io.mserve.core.dispatch.Dispatcher;
import io.mserve.core.secondary.SecondaryConnector;
import io.mserve.core.secondary.SecondaryInfo;
import io.mserve.ipc.tls.SecondaryTls;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.util.concurrent.Promise;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Connects the primary to secondaries over kdb+ IPC, on the dispatcher's event loop, and
 * attaches each connection to the dispatcher once the handshake succeeds.
 */
public final class IpcSecondaryConnector implements SecondaryConnector {
    private final EventLoops loops;
    private final Dispatcher dispatcher;
    private final TransportSettings settings;
    private final SecondaryTls tls;

    /** A connector for plain secondaries only. */
    public IpcSecondaryConnector(EventLoops loops, Dispatcher dispatcher, TransportSettings settings) {
        this(loops, dispatcher, settings, SecondaryTls.NONE);
    }

    /** @param tls the secondaries reached over TLS, and how */
    public IpcSecondaryConnector(EventLoops loops, Dispatcher dispatcher, TransportSettings settings, SecondaryTls tls) {
        this.loops = loops;
        this.dispatcher = dispatcher;
        this.settings = settings;
        this.tls = tls;
    }

    @Override
    public CompletionStage<Connection> connect(SecondaryInfo secondary, String login) {
        CompletableFuture<Connection> connected = new CompletableFuture<>();
        Promise<Integer> agreed = loops.dispatchLoop().newPromise();
        ChannelFuture connecting = new Bootstrap()
                .group(loops.dispatchLoop())
                .channel(loops.clientChannel())
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.handshakeTimeout().toMillis())
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        if (tls.covers(secondary.host(), secondary.port())) {
                            channel.pipeline().addLast(tls.handler(channel.alloc(), secondary.host(), secondary.port()));
                        }
                        channel.pipeline().addLast(
                                new ClientHandshake(login, agreed),
                                new ReplyDecoder(settings.streamRepliesOver()),
                                new SecondaryLink(channel));
                    }
                })
                .connect(secondary.host(), secondary.port());
        connecting.addListener(done -> {
            if (!done.isSuccess()) {
                connected.completeExceptionally(done.cause());
            }
        });
        agreed.addListener(done -> {
            Channel channel = connecting.channel();
            if (!done.isSuccess()) {
                channel.close();
                connected.completeExceptionally(done.cause());
                return;
            }
            SecondaryLink link = channel.pipeline().get(SecondaryLink.class);
            link.listen(dispatcher.attach(secondary, link));
            CompletableFuture<String> closed = new CompletableFuture<>();
            channel.closeFuture().addListener(end -> closed.complete("connection closed"));
            connected.complete(new Connection() {
                @Override
                public CompletionStage<String> closed() {
                    return closed;
                }

                @Override
                public void close() {
                    channel.close();
                }
            });
        });
        return connected;
    }
}
