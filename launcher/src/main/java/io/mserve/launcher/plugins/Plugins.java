package io.mserve.launcher.plugins;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.mserve.core.auth.AuthenticatorProvider;
import io.mserve.core.config.SettingsReader;
import io.mserve.core.discovery.DiscoveryProvider;
import io.mserve.core.plugin.PluginException;
import io.mserve.core.plugin.PluginRegistry;
import io.mserve.core.plugin.PluginSource;
import io.mserve.core.strategy.LoadStrategyProvider;
import io.mserve.core.strategy.StrategyRegistry;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The strategies, authenticators and discoveries a primary may use: the class path's, then each plugin's in
 * the plugins directory ({@code mserve.plugins.dir}), with the plugins' {@code reference.conf}
 * defaults. Two providers of one kind with one name stop the start-up, wherever they come from.
 */
public final class Plugins implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Plugins.class);
    /** The reference default; only a directory set to something else must exist. */
    private static final String DEFAULT_DIR = "plugins";

    private final StrategyRegistry strategies;
    private final PluginRegistry<AuthenticatorProvider> authenticators;
    private final PluginRegistry<DiscoveryProvider> discoveries;
    private final Config reference;
    private final List<URLClassLoader> loaders;

    private Plugins(StrategyRegistry strategies, PluginRegistry<AuthenticatorProvider> authenticators,
            PluginRegistry<DiscoveryProvider> discoveries, Config reference, List<URLClassLoader> loaders) {
        this.strategies = strategies;
        this.authenticators = authenticators;
        this.discoveries = discoveries;
        this.reference = reference;
        this.loaders = loaders;
    }

    /**
     * Finds the plugins of the configuration's {@code mserve.plugins.dir} (relative to the working
     * directory; empty for none) and the class path of {@code primary}, and logs each provider
     * with its source.
     *
     * @throws com.typesafe.config.ConfigException.ValidationFailed for a bad {@code mserve.plugins} block
     * @throws PluginException for a plugin that cannot be used, naming it
     */
    public static Plugins load(Config config, ClassLoader primary) {
        SettingsReader in = SettingsReader.of(config.resolve(), "mserve.plugins");
        String dir = in.text("dir").trim();
        in.done();
        if (dir.isEmpty()) {
            return load(List.of(), primary);
        }
        Path path = Path.of(dir);
        if (!Files.isDirectory(path)) {
            if (!dir.equals(DEFAULT_DIR)) {
                throw new PluginException("plugins directory " + path.toAbsolutePath() + " (mserve.plugins.dir) does not exist");
            }
            log.debug("no plugins directory {}", path.toAbsolutePath());
            return load(List.of(), primary);
        }
        return load(PluginDirectory.open(path, primary), primary);
    }

    private static Plugins load(List<PluginDirectory.Plugin> plugins, ClassLoader primary) {
        List<PluginSource> sources = new ArrayList<>();
        sources.add(PluginSource.classPath(primary));
        List<URLClassLoader> loaders = new ArrayList<>();
        Config reference = ConfigFactory.empty();
        for (PluginDirectory.Plugin plugin : plugins) {
            sources.add(plugin.source());
            loaders.add(plugin.loader());
        }
        try {
            for (URLClassLoader loader : loaders) {
                reference = reference.withFallback(ConfigFactory.parseResourcesAnySyntax(loader, "reference"));
            }
            StrategyRegistry strategies = StrategyRegistry.load(sources);
            PluginRegistry<AuthenticatorProvider> authenticators = PluginRegistry.load(AuthenticatorProvider.class,
                    "authenticator", AuthenticatorProvider::name, sources);
            PluginRegistry<DiscoveryProvider> discoveries = PluginRegistry.load(DiscoveryProvider.class,
                    "discovery", DiscoveryProvider::name, sources);
            strategies.all().forEach(found -> log.info("load strategy '{}' ({}) from {}", found.name(),
                    found.provider().getClass().getName(), found.source()));
            authenticators.all().forEach(found -> log.info("authenticator '{}' ({}) from {}", found.name(),
                    found.provider().getClass().getName(), found.source()));
            discoveries.all().forEach(found -> log.info("discovery '{}' ({}) from {}", found.name(),
                    found.provider().getClass().getName(), found.source()));
            for (PluginDirectory.Plugin plugin : plugins) {
                String name = plugin.source().name();
                if (strategies.all().stream().noneMatch(f -> f.source().equals(name))
                        && authenticators.all().stream().noneMatch(f -> f.source().equals(name))
                        && discoveries.all().stream().noneMatch(f -> f.source().equals(name))) {
                    log.warn("plugin {} provides no load strategy, authenticator nor discovery (no META-INF/services entry?)", name);
                }
            }
            return new Plugins(strategies, authenticators, discoveries, reference, loaders);
        } catch (RuntimeException | LinkageError e) {
            close(loaders);
            throw e;
        }
    }

    /** Every load strategy found, by name. */
    public StrategyRegistry strategies() {
        return strategies;
    }

    /** Every authenticator found, by name. */
    public PluginRegistry<AuthenticatorProvider> authenticators() {
        return authenticators;
    }

    /** Every discovery found, by name. */
    public PluginRegistry<DiscoveryProvider> discoveries() {
        return discoveries;
    }

    /** The plugins' {@code reference.conf} defaults, merged; the configuration falls back to them. */
    public Config reference() {
        return reference;
    }

    /** Closes the plugins' jars; call once nothing will call a plugin any more. */
    @Override
    public void close() {
        close(loaders);
    }

    static void close(List<URLClassLoader> loaders) {
        for (URLClassLoader loader : loaders) {
            try {
                loader.close();
            } catch (IOException e) {
                log.debug("closing {}: {}", loader.getName(), e.toString());
            }
        }
    }
}
