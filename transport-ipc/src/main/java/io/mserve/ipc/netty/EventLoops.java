package io.mserve.ipc.netty;

import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollEventLoopGroup;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.ServerSocketChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The event-loop threads of one primary, epoll when the platform has it. The first loop also
 * runs the dispatcher and every secondary connection, so a routed query crosses no thread when
 * the client shares that loop (the default, one I/O thread).
 */
public final class EventLoops implements AutoCloseable {
    private final EventLoopGroup group;
    private final EventLoop dispatchLoop;
    private final boolean epoll;

    public EventLoops(int threads, boolean useNative) {
        this.epoll = useNative && Epoll.isAvailable();
        DefaultThreadFactory threadFactory = new DefaultThreadFactory("mserve-io", true);
        this.group = epoll ? new EpollEventLoopGroup(threads, threadFactory) : new NioEventLoopGroup(threads, threadFactory);
        this.dispatchLoop = group.next();
    }

    public EventLoopGroup group() {
        return group;
    }

    /** The loop the dispatcher and the secondary connections run on. */
    public EventLoop dispatchLoop() {
        return dispatchLoop;
    }

    public Class<? extends ServerSocketChannel> serverChannel() {
        return epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
    }

    public Class<? extends SocketChannel> clientChannel() {
        return epoll ? EpollSocketChannel.class : NioSocketChannel.class;
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
