package io.mserve.core.discovery;

/**
 * The plugin entry point of a way to find secondaries, found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.mserve.core.discovery.DiscoveryProvider}) on the class path or in
 * the plugins directory, and chosen by {@code mserve.secondaries.discovery.provider = <name>}.
 * It needs a public no-argument constructor.
 */
public interface DiscoveryProvider {

    /** The name the configuration uses, e.g. {@code dns}; lower-case words joined by '-'. */
    String name();

    /**
     * A discovery for one pool, not started yet. An {@link IllegalArgumentException} refuses its
     * settings (name the key); any other exception stops the primary's start-up with its message.
     */
    Discovery create(DiscoveryContext context);
}
