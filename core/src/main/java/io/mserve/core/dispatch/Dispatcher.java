package io.mserve.core.dispatch;

import io.mserve.core.secondary.Secondary;
import io.mserve.core.secondary.SecondaryInfo;
import io.mserve.core.secondary.SecondaryListener;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Routes clients' queries to secondaries through one central queue, and their replies back.
 * All methods may be called from any thread.
 */
public interface Dispatcher {

    /**
     * A client passed the handshake as {@code user} (empty when it gave no name); {@code client}
     * names it in logs. Its replies go to {@code sink} in the order it is owed them.
     */
    ClientSession connect(String user, String client, ReplySink sink);

    /** A client with no user name. */
    default ClientSession connect(String client, ReplySink sink) {
        return connect("", client, sink);
    }

    /**
     * Declares a secondary of pool {@code pool} the primary is starting (or will connect to); it
     * takes no queries yet.
     */
    void register(String pool, SecondaryInfo secondary);

    /** Declares a secondary of the pool {@code default}. */
    default void register(SecondaryInfo secondary) {
        register(Pools.DEFAULT, secondary);
    }

    /** A registered secondary is being restarted. */
    void restarting(int id);

    /**
     * A registered secondary answered the handshake on {@code connection}: it starts taking
     * queries. The transport reports the connection's replies and end to the listener returned.
     */
    SecondaryListener attach(SecondaryInfo secondary, Secondary connection);

    /**
     * Registered secondary {@code id} takes no new queries; completes once none is in flight on it
     * (nor streaming from it), at once when it is idle or down. Fails for an unknown id.
     */
    CompletionStage<Void> drain(int id);

    /** A drained secondary takes queries again (once it is up), when every drain of it has had its rejoin. */
    void rejoin(int id);

    /**
     * Forgets secondary {@code id}: it leaves the status, and the end of its connection is no
     * longer a death. Queries still in flight on it (drain it first) are retried elsewhere.
     */
    void deregister(int id);

    /**
     * Stops taking queries: from now on each new one is answered {@code 'mserve: shutting down}.
     * Queries already taken (queued or running) have {@code shutdown-grace} to finish; those still
     * unanswered then get the same error. Completes once every query taken has been answered.
     */
    CompletionStage<Void> shutdown();

    /** One row per registered secondary, in id order. */
    CompletionStage<List<SecondaryStatus>> status();

    /** The names of the pools, in order. */
    List<String> pools();

    /**
     * Moves the client numbered {@code client} ({@link Caller#handle()}) to pool {@code pool}, one
     * of {@link #pools()}, when given: its queries from then on go there, its replies still come
     * in the order it sent the queries. Completes with the client's pool now, empty when no
     * client has that number.
     */
    CompletionStage<Optional<String>> use(int client, Optional<String> pool);
}
