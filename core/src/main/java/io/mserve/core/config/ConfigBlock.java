package io.mserve.core.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import io.mserve.spi.PluginSettings;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/** A plugin's block of the configuration, as the SPI's {@link PluginSettings}; the plugin never sees Typesafe Config. */
public final class ConfigBlock implements PluginSettings {
    private final String path;
    private final Config block;

    private ConfigBlock(String path, Config block) {
        this.path = path;
        this.block = block;
    }

    /** Block {@code path} of {@code config}; empty when {@code config} has none. */
    public static ConfigBlock of(Config config, String path) {
        return new ConfigBlock(path, config.hasPath(path) ? config.getConfig(path) : ConfigFactory.empty());
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public boolean has(String key) {
        return block.hasPath(key);
    }

    @Override
    public String text(String key) {
        return read(key, block::getString);
    }

    @Override
    public long number(String key) {
        return read(key, block::getLong);
    }

    @Override
    public boolean flag(String key) {
        return read(key, block::getBoolean);
    }

    @Override
    public Duration duration(String key) {
        return read(key, k -> {
            if (SettingsReader.bareNumber(block.getValue(k))) {
                throw new IllegalArgumentException(path + "." + key + ": a duration needs its unit (e.g. 200ms, 5s), is "
                        + block.getValue(k).unwrapped());
            }
            return block.getDuration(k);
        });
    }

    @Override
    public List<String> texts(String key) {
        return read(key, block::getStringList);
    }

    private <T> T read(String key, Function<String, T> getter) {
        try {
            return getter.apply(key);
        } catch (ConfigException e) {
            throw new IllegalArgumentException(path + "." + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return path + " " + block.root().render();
    }
}
