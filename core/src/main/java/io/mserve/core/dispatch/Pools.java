package io.mserve.core.dispatch;

import io.mserve.core.strategy.LoadStrategy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The named pools of secondaries the dispatcher routes to, each with its own strategy, and the
 * pool each client starts in: its user's, else the default pool.
 *
 * @param strategies  each pool's strategy, in pool order
 * @param defaultPool the pool of clients whose user has none
 * @param poolOfUser  user name to pool name
 */
public record Pools(Map<String, LoadStrategy> strategies, String defaultPool, Map<String, String> poolOfUser) {

    /** The name of the one pool a configuration without pools has. */
    public static final String DEFAULT = "default";

    public Pools {
        strategies = Collections.unmodifiableMap(new LinkedHashMap<>(strategies));
        poolOfUser = Map.copyOf(poolOfUser);
        if (!strategies.containsKey(defaultPool)) {
            throw new IllegalArgumentException("no pool " + defaultPool + " among " + strategies.keySet());
        }
        for (Map.Entry<String, String> user : poolOfUser.entrySet()) {
            if (!strategies.containsKey(user.getValue())) {
                throw new IllegalArgumentException("user " + user.getKey() + ": no pool " + user.getValue());
            }
        }
    }

    /** The one pool {@code default}, routed by {@code strategy}. */
    public static Pools single(LoadStrategy strategy) {
        return new Pools(Map.of(DEFAULT, strategy), DEFAULT, Map.of());
    }

    /** The pool a client of {@code user} starts in. */
    public String poolOf(String user) {
        return poolOfUser.getOrDefault(user, defaultPool);
    }
}
