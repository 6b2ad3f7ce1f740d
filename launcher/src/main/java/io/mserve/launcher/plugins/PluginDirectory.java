package io.mserve.launcher.plugins;

import io.mserve.core.plugin.PluginException;
import io.mserve.core.plugin.PluginSource;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The plugins directory: each {@code .jar} in it, and each sub-directory (all the jars directly in
 * it together, for a plugin with libraries), is one plugin with a class loader of its own whose
 * parent is the {@link SpiClassLoader}. Other files are ignored; every jar is opened first, so a
 * corrupt one stops the start-up naming it rather than hiding its providers.
 */
final class PluginDirectory {
    private PluginDirectory() {}

    /** One plugin: its name (the jar's or sub-directory's path) and its class loader. */
    record Plugin(PluginSource source, URLClassLoader loader) {}

    /**
     * Opens every plugin in {@code dir}, in name order.
     *
     * @throws PluginException naming the jar that cannot be read
     */
    static List<Plugin> open(Path dir, ClassLoader primary) {
        SpiClassLoader spi = new SpiClassLoader(primary);
        List<Plugin> plugins = new ArrayList<>();
        try {
            for (Path entry : sorted(dir)) {
                if (Files.isDirectory(entry)) {
                    List<Path> jars = sorted(entry).stream().filter(PluginDirectory::isJar).toList();
                    if (!jars.isEmpty()) {
                        plugins.add(plugin(entry.toString() + "/", jars, spi));
                    }
                } else if (isJar(entry)) {
                    plugins.add(plugin(entry.toString(), List.of(entry), spi));
                }
            }
        } catch (PluginException e) {
            Plugins.close(plugins.stream().map(Plugin::loader).toList());
            throw e;
        }
        return plugins;
    }

    private static Plugin plugin(String name, List<Path> jars, SpiClassLoader spi) {
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            check(jars.get(i));
            try {
                urls[i] = jars.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new PluginException("plugin jar " + jars.get(i) + " has no URL: " + e.getMessage(), e);
            }
        }
        URLClassLoader loader = new URLClassLoader("plugin " + name, urls, spi);
        return new Plugin(new PluginSource(name, loader), loader);
    }

    /** Opens the jar's central directory, which a truncated or non-zip file lacks. */
    private static void check(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            file.getManifest();
        } catch (IOException | SecurityException e) {
            throw new PluginException("plugin jar " + jar + " cannot be read (" + e.getMessage() + "); is it a whole jar?", e);
        }
    }

    private static boolean isJar(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar");
    }

    private static List<Path> sorted(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new PluginException("cannot list plugins directory " + dir + ": " + e, e);
        }
    }
}
