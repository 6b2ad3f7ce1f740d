package io.mserve.testkit;

import io.mserve.core.auth.Authenticator;
import io.mserve.ipc.codec.Decoder;
import io.mserve.ipc.codec.Encoder;
import io.mserve.ipc.netty.FrameDecoder;
import io.mserve.ipc.netty.ServerHandshake;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.tls.TlsDetector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KError;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.wire.MessageType;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in secondary that speaks kdb+ IPC on loopback and answers as a test scripts it. Like
 * a q process it handles one query at a time, in arrival order: a sync message gets a
 * response, an async one an async message back (deferred synchronous, as mserve's secondaries
 * answer). A message it cannot decode is answered with the error {@code 'badmsg: ...}, in turn.
 */
public final class FakeSecondary implements AutoCloseable {
    private static final int PID = (int) ProcessHandle.current().pid();
    /** Largest message (uncompressed) a fake decodes; a bigger one is answered with an error. */
    static final int MAX_DECODED_BYTES = 64 << 20;

    private final int id;
    private final Behaviour behaviour;
    private final EventLoopGroup loop;
    private final ExecutorService worker;
    private final ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final CountDownLatch released = new CountDownLatch(1);
    private final AtomicLong served = new AtomicLong();
    private final Channel listener;
    private volatile Runnable onCrash = () -> {};

    private FakeSecondary(int id, int port, Behaviour behaviour, Authenticator logins, SslContext tls) throws InterruptedException {
        this.id = id;
        this.behaviour = behaviour;
        this.loop = new NioEventLoopGroup(1, new DefaultThreadFactory("fake-secondary-" + id + "-io", true));
        this.worker = Executors.newSingleThreadExecutor(new DefaultThreadFactory("fake-secondary-" + id, true));
        this.listener = new ServerBootstrap()
                .group(loop)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        connections.add(channel);
                        if (tls != null) {
                            channel.pipeline().addLast(new TlsDetector(tls, true));
                        }
                        channel.pipeline().addLast(
                                new ServerHandshake(logins, Duration.ofSeconds(10)),
                                new FrameDecoder(Integer.MAX_VALUE),
                                new Connection());
                    }
                })
                .bind("127.0.0.1", port)
                .sync()
                .channel();
    }

    /** Starts a fake secondary numbered {@code id} on a free loopback port. */
    public static FakeSecondary start(int id, Behaviour behaviour) {
        return start(id, 0, behaviour);
    }

    /** Starts a fake secondary numbered {@code id} on loopback {@code port} (0 for any free one). */
    public static FakeSecondary start(int id, int port, Behaviour behaviour) {
        return start(id, port, behaviour, Authenticator.ANYONE);
    }

    /** Starts a fake secondary that lets in only the logins {@code logins} accepts. */
    public static FakeSecondary start(int id, int port, Behaviour behaviour, Authenticator logins) {
        return start(id, port, behaviour, logins, null);
    }

    /** Starts a fake secondary that requires TLS ({@code tls} its server context; null for plain). */
    public static FakeSecondary start(int id, int port, Behaviour behaviour, SslContext tls) {
        return start(id, port, behaviour, Authenticator.ANYONE, tls);
    }

    private static FakeSecondary start(int id, int port, Behaviour behaviour, Authenticator logins, SslContext tls) {
        try {
            return new FakeSecondary(id, port, behaviour, logins, tls);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting fake secondary " + id, e);
        }
    }

    public int id() {
        return id;
    }

    public int port() {
        return ((InetSocketAddress) listener.localAddress()).getPort();
    }

    /** Queries answered so far (errors included). */
    public long served() {
        return served.get();
    }

    /** What else happens on {@link Action.Crash}: a fake secondary process exits. */
    void onCrash(Runnable action) {
        this.onCrash = action;
    }

    /** Lets a {@link Action.Hang hung} secondary go on: the hung query is dropped unanswered. */
    public void release() {
        released.countDown();
    }

    /** Dies as a crashed process would: stops listening and drops every connection at once. */
    public void crash() {
        listener.close();
        connections.close();
        onCrash.run();
    }

    @Override
    public void close() {
        release();
        listener.close().syncUninterruptibly();
        connections.close().syncUninterruptibly();
        worker.shutdownNow();
        loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** One connection to the fake: decodes on the I/O thread, answers on the worker. */
    private final class Connection extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf message = (ByteBuf) msg;
            boolean sync;
            K value;
            String malformed = null;
            try {
                sync = message.getByte(message.readerIndex() + 1) == MessageType.SYNC;
                value = Decoder.decode(ByteBufUtil.getBytes(message), MAX_DECODED_BYTES);
            } catch (RuntimeException e) {
                // A framed message whose body is not valid: answered with an error, in turn, like any query.
                sync = message.getByte(message.readerIndex() + 1) == MessageType.SYNC;
                value = null;
                malformed = "badmsg: " + e.getMessage();
            } finally {
                message.release();
            }
            if (sync && isPidQuery(value)) {
                // As q answers it, outside the script: a primary asks it to check that it started this process.
                ctx.writeAndFlush(Encoder.encode(ctx.alloc(), MessageType.RESPONSE, new IntAtom(-QType.INT, PID)));
                return;
            }
            Query query = new Query(value == null ? new KError(malformed) : value, sync);
            Channel channel = ctx.channel();
            String error = malformed;
            worker.execute(() -> perform(error != null ? new Action.Fail(error) : decide(query), query, channel));
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    private static boolean isPidQuery(K value) {
        return value instanceof ByteVector text && text.type() == QType.CHAR
                && new String(text.items(), StandardCharsets.ISO_8859_1).equals(".z.i");
    }

    /** The behaviour's action, or an error answer when the behaviour itself fails on this query. */
    private Action decide(Query query) {
        try {
            return behaviour.on(query);
        } catch (RuntimeException e) {
            return new Action.Fail("fake: " + e);
        }
    }

    private void perform(Action action, Query query, Channel channel) {
        if (action instanceof Action.Answer answer) {
            answer(channel, query, answer.value());
        } else if (action instanceof Action.Bytes bytes) {
            answerBytes(channel, query, bytes.count());
        } else if (action instanceof Action.Fail fail) {
            answer(channel, query, new KError(fail.text()));
        } else if (action instanceof Action.Pause pause) {
            sleep(pause.time());
            perform(pause.then(), query, channel);
        } else if (action instanceof Action.Burn burn) {
            burn(burn.time());
            perform(burn.then(), query, channel);
        } else if (action instanceof Action.Hang) {
            awaitRelease();
        } else if (action instanceof Action.Crash) {
            crash();
        }
    }

    private void answer(Channel channel, Query query, K value) {
        served.incrementAndGet();
        int type = query.sync() ? MessageType.RESPONSE : MessageType.ASYNC;
        channel.writeAndFlush(Encoder.encode(channel.alloc(), type, value));
    }

    /** One piece of a {@code bytes} answer: item i is {@code (byte) i}, and pieces start at multiples of 256. */
    private static final byte[] PATTERN = new byte[1 << 20];

    static {
        for (int i = 0; i < PATTERN.length; i++) {
            PATTERN[i] = (byte) i;
        }
    }

    private void answerBytes(Channel channel, Query query, int count) {
        served.incrementAndGet();
        int type = query.sync() ? MessageType.RESPONSE : MessageType.ASYNC;
        channel.writeAndFlush(channel.alloc().buffer(14).writeByte(1).writeByte(type).writeShort(0)
                .writeIntLE(14 + count).writeByte(QType.BYTE).writeByte(0).writeIntLE(count));
        for (long at = 0; at < count; at += PATTERN.length) {
            int n = (int) Math.min(PATTERN.length, count - at);
            // Waits for the socket to take each piece, as a q process writing a long reply would.
            if (!channel.writeAndFlush(Unpooled.wrappedBuffer(PATTERN, 0, n)).awaitUninterruptibly().isSuccess()) {
                return;
            }
        }
    }

    private static void sleep(Duration time) {
        try {
            Thread.sleep(time.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void burn(Duration time) {
        long until = System.nanoTime() + time.toNanos();
        long spin = 0;
        while (System.nanoTime() < until) {
            spin++;
        }
        if (spin == Long.MIN_VALUE) {
            throw new AssertionError();
        }
    }

    private void awaitRelease() {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
