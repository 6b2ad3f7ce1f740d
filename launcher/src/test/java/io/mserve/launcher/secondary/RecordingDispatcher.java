package io.mserve.launcher.secondary;

import io.mserve.core.dispatch.ClientSession;
import io.mserve.core.dispatch.Dispatcher;
import io.mserve.core.dispatch.ReplySink;
import io.mserve.core.dispatch.SecondaryStatus;
import io.mserve.core.secondary.ReplyStream;
import io.mserve.core.secondary.Secondary;
import io.mserve.core.secondary.SecondaryInfo;
import io.mserve.core.secondary.SecondaryListener;
import io.netty.buffer.ByteBuf;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A dispatcher that records what the supervisor tells it and routes nothing. */
final class RecordingDispatcher implements Dispatcher {
    final List<SecondaryInfo> registered = new CopyOnWriteArrayList<>();
    final List<Integer> restarting = new CopyOnWriteArrayList<>();
    final List<SecondaryInfo> attached = new CopyOnWriteArrayList<>();
    final Map<Integer, String> poolOf = new ConcurrentHashMap<>();

    @Override
    public ClientSession connect(String user, String client, ReplySink sink) {
        throw new UnsupportedOperationException("no clients here");
    }

    @Override
    public void register(String pool, SecondaryInfo secondary) {
        registered.add(secondary);
        poolOf.put(secondary.id(), pool);
    }

    @Override
    public void restarting(int id) {
        restarting.add(id);
    }

    @Override
    public SecondaryListener attach(SecondaryInfo secondary, Secondary connection) {
        attached.add(secondary);
        return new SecondaryListener() {
            @Override
            public void onReply(ByteBuf message, boolean error) {
                message.release();
            }

            @Override
            public void onReplyStream(ReplyStream stream) {
                stream.discard();
            }

            @Override
            public void onStreamEnd() {}

            @Override
            public void onClosed(String reason) {}
        };
    }

    List<SecondaryInfo> attachedAs(int id) {
        return attached.stream().filter(info -> info.id() == id).toList();
    }

    @Override
    public CompletionStage<Void> drain(int id) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void rejoin(int id) {}

    @Override
    public void deregister(int id) {}

    @Override
    public CompletionStage<Void> shutdown() {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<List<SecondaryStatus>> status() {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<String> pools() {
        return List.copyOf(new TreeSet<>(poolOf.values()));
    }

    @Override
    public CompletionStage<Optional<String>> use(int client, Optional<String> pool) {
        throw new UnsupportedOperationException("no clients here");
    }
}
