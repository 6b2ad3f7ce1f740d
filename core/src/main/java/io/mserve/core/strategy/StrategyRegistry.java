package io.mserve.core.strategy;

import io.mserve.core.plugin.PluginRegistry;
import io.mserve.core.plugin.PluginSource;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The load strategies found on the class path and in plugins, by name. */
public final class StrategyRegistry {
    private final PluginRegistry<LoadStrategyProvider> providers;

    private StrategyRegistry(PluginRegistry<LoadStrategyProvider> providers) {
        this.providers = providers;
    }

    /**
     * Finds every {@link LoadStrategyProvider} visible to {@code loader}.
     *
     * @throws io.mserve.core.plugin.PluginException when two providers claim the same name, or one cannot be loaded
     */
    public static StrategyRegistry load(ClassLoader loader) {
        return load(List.of(PluginSource.classPath(loader)));
    }

    /**
     * Finds every {@link LoadStrategyProvider} in {@code sources}.
     *
     * @throws io.mserve.core.plugin.PluginException when two providers claim the same name, or one cannot be loaded
     */
    public static StrategyRegistry load(List<PluginSource> sources) {
        return new StrategyRegistry(PluginRegistry.load(LoadStrategyProvider.class, "load strategy",
                LoadStrategyProvider::name, sources));
    }

    /**
     * The provider of the strategy called {@code name}.
     *
     * @throws IllegalArgumentException naming the strategies there are, when none is called so
     */
    public LoadStrategyProvider provider(String name) {
        return providers.find(name).provider();
    }

    /** Where the strategy called {@code name} came from: {@code class path}, or its plugin. */
    public String source(String name) {
        return providers.find(name).source();
    }

    /** The names found, sorted. */
    public Set<String> names() {
        return providers.names();
    }

    /** Every strategy found, with its source. */
    public Collection<PluginRegistry.Found<LoadStrategyProvider>> all() {
        return providers.all();
    }
}
