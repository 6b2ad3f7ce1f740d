package io.mserve.ipc.netty;

import io.mserve.core.dispatch.DispatchLoop;
import io.netty.channel.EventLoop;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** The dispatcher's thread: a Netty event loop. */
public final class NettyDispatchLoop implements DispatchLoop {
    private final EventLoop loop;

    public NettyDispatchLoop(EventLoop loop) {
        this.loop = loop;
    }

    @Override
    public boolean inLoop() {
        return loop.inEventLoop();
    }

    @Override
    public Future<?> schedule(Runnable task, long delay, TimeUnit unit) {
        return loop.schedule(task, delay, unit);
    }

    @Override
    public void execute(Runnable task) {
        loop.execute(task);
    }
}
