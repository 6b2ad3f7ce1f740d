package io.mserve.launcher.plugins;

import java.util.Set;

/**
 * The parent of every plugin's class loader: the JDK, mserve's SPI packages and SLF4J's API, and
 * nothing else of the primary (no Netty, no engine, no Typesafe Config). A plugin therefore
 * bundles its own libraries, in any version, without clashing with ours; and it sees its own
 * {@code META-INF/services} and {@code reference.conf} only, since no resource of the primary's
 * class path shows through.
 */
final class SpiClassLoader extends ClassLoader {
    /** The SPI's packages, whole: core's classes in them (StrategyRegistry, UsersFile) show too, harmlessly. */
    private static final Set<String> SPI_PACKAGES = Set.of("io.mserve.core.strategy", "io.mserve.core.auth",
            "io.mserve.core.discovery", "io.mserve.spi");
    private static final String LOGGING = "org.slf4j.";

    private final ClassLoader primary;

    SpiClassLoader(ClassLoader primary) {
        super("mserve-spi", ClassLoader.getPlatformClassLoader());
        this.primary = primary;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        int dot = name.lastIndexOf('.');
        if ((dot > 0 && SPI_PACKAGES.contains(name.substring(0, dot))) || name.startsWith(LOGGING)) {
            return primary.loadClass(name);
        }
        throw new ClassNotFoundException(name + " (a plugin sees the JDK, mserve's SPI and SLF4J; bundle the rest in the plugin)");
    }
}
