package io.mserve.launcher.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a primary's configuration comes from, highest first: the command line's arguments,
 * {@code -D} system properties, the {@code --config} file, {@code application.conf}, and
 * every module's {@code reference.conf}.
 */
public final class ConfigSources {
    private ConfigSources() {}

    /** The layered configuration, not yet resolved nor checked. */
    public static Config layer(Config arguments, Optional<Path> file) {
        Config fromFile = file
                .map(path -> ConfigFactory.parseFile(path.toFile(), ConfigParseOptions.defaults().setAllowMissing(false)))
                .orElse(ConfigFactory.empty());
        return arguments
                .withFallback(ConfigFactory.defaultOverrides())
                .withFallback(fromFile)
                .withFallback(ConfigFactory.load());
    }
}
