package io.mserve.launcher.wiring;

import dagger.Module;
import dagger.Provides;
import io.mserve.core.config.ConfigBlock;
import io.mserve.core.discovery.Address;
import io.mserve.core.discovery.Discovery;
import io.mserve.core.discovery.DiscoveryContext;
import io.mserve.core.discovery.DiscoveryProvider;
import io.mserve.core.plugin.PluginException;
import io.mserve.core.plugin.PluginRegistry;
import io.mserve.launcher.config.LauncherConfig;
import io.mserve.launcher.discovery.DiscoveredMembers;
import io.mserve.launcher.plugins.Plugins;
import io.mserve.launcher.secondary.Progress;
import io.mserve.launcher.secondary.Supervisor;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The secondaries' supervision. {@link io.mserve.launcher.secondary.Supervisor} is built by its
 * constructor; this module says where its progress lines go, and finds the discovery named by
 * {@code mserve.secondaries.discovery.provider}.
 */
@Module
public final class SecondariesModule {
    private SecondariesModule() {}

    @Provides
    static Progress progress() {
        return Progress.STDOUT;
    }

    /**
     * The members found by the discovery, given its block {@code mserve.secondaries.discovery.<name>}.
     *
     * @throws PluginException when no discovery has that name (a settings problem) or it fails to create one
     */
    @Provides
    @Singleton
    static DiscoveredMembers discovered(Plugins plugins, LauncherConfig config, Supervisor supervisor) {
        String name = config.secondaries().discovery();
        PluginRegistry<DiscoveryProvider> discoveries = plugins.discoveries();
        PluginRegistry.Found<DiscoveryProvider> found;
        try {
            found = discoveries.find(name);
        } catch (IllegalArgumentException e) {
            throw new PluginException("mserve.secondaries.discovery.provider: " + e.getMessage(), e);
        }
        List<Address> remote = config.secondaries().remote().stream().map(r -> new Address(r.host(), r.port())).toList();
        Discovery discovery;
        try {
            discovery = found.provider().create(DiscoveryContext.of(
                    ConfigBlock.of(config.config(), "mserve.secondaries.discovery." + name), remote));
        } catch (RuntimeException | LinkageError e) {
            throw PluginException.failedToStart("discovery", name, found.source(), e);
        }
        if (discovery == null) {
            throw new PluginException("discovery '" + name + "' (" + found.source() + ") created no discovery");
        }
        return new DiscoveredMembers(name, found.source(), discovery, supervisor);
    }
}
