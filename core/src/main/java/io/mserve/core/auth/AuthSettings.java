package io.mserve.core.auth;

import com.typesafe.config.Config;
import io.mserve.core.config.ConfigBlock;
import io.mserve.core.config.SettingsReader;
import io.mserve.core.plugin.PluginException;
import io.mserve.core.plugin.PluginRegistry;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Who may connect, block {@code mserve.auth}.
 *
 * @param usersFile the users file, read and checked at start-up; empty when everybody may connect
 * @param plugin    the name of an {@link AuthenticatorProvider} to use instead; empty for none
 * @param settings  block {@code mserve.auth.settings}, the plugin's own
 * @param syncAccess what the queries of users who are not {@link Authenticator#ADMIN} may do
 * @param restricted kdb+'s {@code -u}: nobody's queries, admins' included, get past {@link SyncAccess#NO_SYSTEM}
 */
public record AuthSettings(Optional<UsersFile> usersFile, Optional<String> plugin, ConfigBlock settings, SyncAccess syncAccess,
        boolean restricted) {

    /** Reads {@code mserve.auth} and the users file it names, reporting a bad file as a problem of its key. */
    public static AuthSettings from(Config config) {
        SettingsReader in = SettingsReader.of(config, "mserve.auth");
        String path = in.text("users-file").trim();
        String plugin = in.text("authenticator").trim();
        SyncAccess access = in.choice("sync-access", SyncAccess.class);
        boolean restricted = in.bool("restricted");
        Optional<UsersFile> users = Optional.empty();
        if (!path.isEmpty() && !plugin.isEmpty()) {
            in.problem("authenticator", "set either users-file or authenticator, not both");
        } else if (!path.isEmpty()) {
            try {
                users = Optional.of(UsersFile.read(Path.of(path)));
            } catch (IllegalArgumentException e) {
                in.problem("users-file", e.getMessage());
            }
        }
        in.done();
        return new AuthSettings(users, plugin.isEmpty() ? Optional.empty() : Optional.of(plugin),
                ConfigBlock.of(config, "mserve.auth.settings"), access, restricted);
    }

    /**
     * The authenticator these settings ask for without a plugin: the users file's, or {@link Authenticator#ANYONE}.
     *
     * @throws IllegalStateException when they name a plugin
     */
    public Authenticator authenticator() {
        if (plugin.isPresent()) {
            throw new IllegalStateException("mserve.auth.authenticator names plugin '" + plugin.get() + "'");
        }
        return usersFile.<Authenticator>map(users -> users).orElse(Authenticator.ANYONE);
    }

    /**
     * The authenticator these settings ask for: the plugin's, created from {@code mserve.auth.settings},
     * or else as {@link #authenticator()}.
     *
     * @throws PluginException when the plugin's provider fails to create one
     */
    public Authenticator authenticator(PluginRegistry<AuthenticatorProvider> plugins) {
        if (plugin.isEmpty()) {
            return authenticator();
        }
        PluginRegistry.Found<AuthenticatorProvider> found = plugins.find(plugin.get());
        Authenticator created;
        try {
            created = found.provider().create(settings);
        } catch (RuntimeException | LinkageError e) {
            throw PluginException.failedToStart("authenticator", found.name(), found.source(), e);
        }
        if (created == null) {
            throw new PluginException("authenticator '" + found.name() + "' (" + found.source() + ") created no authenticator");
        }
        return created;
    }
}
