package io.mserve.core.strategy;

import java.util.Collections;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The load strategies found on the class path, by name. */
public final class StrategyRegistry {
    private static final Logger log = LoggerFactory.getLogger(StrategyRegistry.class);

    private final Map<String, LoadStrategyProvider> providers;

    private StrategyRegistry(Map<String, LoadStrategyProvider> providers) {
        this.providers = Collections.unmodifiableMap(providers);
    }

    /**
     * Finds every {@link LoadStrategyProvider} visible to {@code loader}.
     *
     * @throws IllegalStateException when two providers claim the same name
     */
    public static StrategyRegistry load(ClassLoader loader) {
        Map<String, LoadStrategyProvider> found = new TreeMap<>();
        for (LoadStrategyProvider provider : ServiceLoader.load(LoadStrategyProvider.class, loader)) {
            LoadStrategyProvider twin = found.putIfAbsent(provider.name(), provider);
            if (twin != null) {
                throw new IllegalStateException("two load strategies are named '" + provider.name() + "': "
                        + twin.getClass().getName() + " and " + provider.getClass().getName());
            }
            log.debug("load strategy '{}' from {}", provider.name(), provider.getClass().getName());
        }
        return new StrategyRegistry(found);
    }

    /**
     * The provider of the strategy called {@code name}.
     *
     * @throws IllegalArgumentException naming the strategies there are, when none is called so
     */
    public LoadStrategyProvider provider(String name) {
        LoadStrategyProvider provider = providers.get(name);
        if (provider == null) {
            throw new IllegalArgumentException("no load strategy named '" + name + "'; found: "
                    + String.join(", ", providers.keySet()));
        }
        return provider;
    }

    /** The names found, sorted. */
    public java.util.Set<String> names() {
        return providers.keySet();
    }
}
