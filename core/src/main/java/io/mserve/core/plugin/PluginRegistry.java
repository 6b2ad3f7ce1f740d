package io.mserve.core.plugin;

import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The providers of one SPI found in every source, by name. Two providers with one name stop the
 * start-up (neither is preferred silently), as does a provider that cannot be loaded or named.
 *
 * @param <T> the provider interface, e.g. {@code LoadStrategyProvider}
 */
public final class PluginRegistry<T> {

    /** A provider and the source it came from. */
    public record Found<T>(String name, T provider, String source) {}

    private final String kind;
    private final Map<String, Found<T>> found;

    private PluginRegistry(String kind, Map<String, Found<T>> found) {
        this.kind = kind;
        this.found = Collections.unmodifiableMap(found);
    }

    /**
     * Finds every {@code service} provider in {@code sources}, in order.
     *
     * @param kind what the providers are, for messages: {@code load strategy}
     * @param name a provider's name
     * @throws PluginException naming the source and the provider at fault
     */
    public static <T> PluginRegistry<T> load(Class<T> service, String kind, Function<T, String> name,
            List<PluginSource> sources) {
        Map<String, Found<T>> found = new TreeMap<>();
        for (PluginSource source : sources) {
            Iterator<T> providers = ServiceLoader.load(service, source.loader()).iterator();
            while (next(providers, kind, source)) {
                T provider = provider(providers, kind, source);
                String named = name(provider, name, kind, source);
                Found<T> twin = found.putIfAbsent(named, new Found<>(named, provider, source.name()));
                if (twin != null) {
                    throw new PluginException("two " + kind + " providers are named '" + named + "': "
                            + twin.provider().getClass().getName() + " (" + twin.source() + ") and "
                            + provider.getClass().getName() + " (" + source.name() + "); remove one");
                }
            }
        }
        return new PluginRegistry<>(kind, found);
    }

    private static boolean next(Iterator<?> providers, String kind, PluginSource source) {
        try {
            return providers.hasNext();
        } catch (ServiceConfigurationError e) {
            throw failed(kind, source, e);
        }
    }

    private static <T> T provider(Iterator<T> providers, String kind, PluginSource source) {
        try {
            return providers.next();
        } catch (ServiceConfigurationError e) {
            throw failed(kind, source, e);
        }
    }

    private static <T> String name(T provider, Function<T, String> name, String kind, PluginSource source) {
        String named;
        try {
            named = name.apply(provider);
        } catch (RuntimeException | LinkageError e) {
            throw new PluginException(kind + " " + provider.getClass().getName() + " (" + source.name()
                    + ") cannot tell its name: " + e, e);
        }
        if (named == null || named.isBlank()) {
            throw new PluginException(kind + " " + provider.getClass().getName() + " (" + source.name()
                    + ") has no name");
        }
        return named;
    }

    /** ServiceLoader's own message names the class; its cause says why (a constructor that threw, a missing class). */
    private static PluginException failed(String kind, PluginSource source, ServiceConfigurationError e) {
        Throwable cause = e.getCause();
        return new PluginException("cannot load a " + kind + " from " + source.name() + ": " + e.getMessage()
                + (cause == null ? "" : ": " + cause), e);
    }

    /**
     * The provider called {@code name}.
     *
     * @throws IllegalArgumentException naming the providers there are, when none is called so
     */
    public Found<T> find(String name) {
        Found<T> provider = found.get(name);
        if (provider == null) {
            throw new IllegalArgumentException("no " + kind + " named '" + name + "'; found: "
                    + String.join(", ", found.keySet()));
        }
        return provider;
    }

    /** The names found, sorted. */
    public Set<String> names() {
        return found.keySet();
    }

    /** Everything found, by name. */
    public Collection<Found<T>> all() {
        return found.values();
    }
}
