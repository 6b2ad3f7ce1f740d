package io.mserve.core.plugin;

/**
 * Where providers are looked for with {@link java.util.ServiceLoader}.
 *
 * @param name   how the start-up log and errors name it: {@code class path}, or a plugin's jar or directory
 * @param loader the class loader whose {@code META-INF/services} are read
 */
public record PluginSource(String name, ClassLoader loader) {

    /** The class path's providers (ours, and any jar put on it with {@code -cp}). */
    public static PluginSource classPath(ClassLoader loader) {
        return new PluginSource("class path", loader);
    }
}
