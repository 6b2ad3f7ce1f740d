package io.mserve.core.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigOrigin;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one module's block of the configuration into typed values, collecting every problem
 * (wrong type, out of range, unknown key) so that start-up reports them all at once, each
 * naming its key path. Defaults come from the module's {@code reference.conf}.
 */
public final class SettingsReader {
    private static final Pattern BARE_NUMBER = Pattern.compile("\\s*[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?\\s*");
    private final Config config;
    private final String root;
    private final List<ConfigException.ValidationProblem> problems = new ArrayList<>();

    private SettingsReader(Config config, String root) {
        this.config = config;
        this.root = root;
    }

    /**
     * Starts reading block {@code root} (e.g. {@code mserve.dispatch}) of {@code config}, which
     * must already include the reference defaults. Keys under {@code root} that the reference
     * does not define are reported as unknown.
     */
    public static SettingsReader of(Config config, String root) {
        SettingsReader reader = new SettingsReader(config, root);
        Config reference = ConfigFactory.defaultReference(SettingsReader.class.getClassLoader());
        reader.checkKnown(reference);
        return reader;
    }

    /** Like {@link #of(Config, String)} against an explicit reference (for tests and plugins). */
    public static SettingsReader of(Config config, String root, Config reference) {
        SettingsReader reader = new SettingsReader(config, root);
        reader.checkKnown(reference);
        return reader;
    }

    private void checkKnown(Config reference) {
        if (!config.hasPath(root)) {
            return;
        }
        if (!reference.hasPath(root)) {
            return;
        }
        try {
            config.getConfig(root).checkValid(reference.getConfig(root));
        } catch (ConfigException.ValidationFailed failed) {
            failed.problems().forEach(problems::add);
        } catch (ConfigException.WrongType wrong) {
            problem(root, wrong.getMessage());
            return;
        }
        Config ours = config.getConfig(root);
        Config known = reference.getConfig(root);
        for (Map.Entry<String, ConfigValue> entry : ours.entrySet()) {
            if (!known.hasPathOrNull(entry.getKey()) && !openBlock(known, entry.getKey())) {
                problems.add(new ConfigException.ValidationProblem(root + "." + entry.getKey(),
                        entry.getValue().origin(), "unknown key (misspelt? see reference.conf)"));
            }
        }
    }

    /** A block the reference leaves open (an empty object), such as per-strategy settings. */
    private static boolean openBlock(Config known, String path) {
        String prefix = path;
        while (prefix.contains(".")) {
            prefix = prefix.substring(0, prefix.lastIndexOf('.'));
            if (known.hasPath(prefix) && known.getValue(prefix).valueType() == ConfigValueType.OBJECT
                    && known.getConfig(prefix).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private String path(String key) {
        return root + "." + key;
    }

    /** Records a problem with {@code key} (relative to the block). */
    public void problem(String key, String message) {
        String full = key.startsWith(root) ? key : path(key);
        ConfigOrigin origin = config.origin();
        try {
            if (config.hasPath(full)) {
                origin = config.getValue(full).origin();
            }
        } catch (ConfigException e) {
            // A parent of the key is not a block; the problem is reported on the parent too.
        }
        problems.add(new ConfigException.ValidationProblem(full, origin, message));
    }

    /** An integer in {@code [min, max]}. */
    public int intIn(String key, int min, int max) {
        try {
            int value = config.getInt(path(key));
            if (value < min || value > max) {
                problem(key, "must be between " + min + " and " + max + ", is " + value);
            }
            return value;
        } catch (ConfigException e) {
            problem(key, describe(e));
            return min;
        }
    }

    /** A non-empty string. */
    public String string(String key) {
        try {
            String value = config.getString(path(key));
            if (value.isBlank()) {
                problem(key, "must not be empty");
            }
            return value;
        } catch (ConfigException e) {
            problem(key, describe(e));
            return "";
        }
    }

    /** A string, possibly empty. */
    public String text(String key) {
        try {
            return config.getString(path(key));
        } catch (ConfigException e) {
            problem(key, describe(e));
            return "";
        }
    }

    /** A list of strings. */
    public List<String> strings(String key) {
        try {
            return List.copyOf(config.getStringList(path(key)));
        } catch (ConfigException e) {
            problem(key, describe(e));
            return List.of();
        }
    }

    /** A boolean. */
    public boolean bool(String key) {
        try {
            return config.getBoolean(path(key));
        } catch (ConfigException e) {
            problem(key, describe(e));
            return false;
        }
    }

    /** A positive duration, written with its unit ({@code 5s}, {@code 200ms}). */
    public Duration duration(String key) {
        try {
            ConfigValue raw = config.getValue(path(key));
            if (bareNumber(raw)) {
                problem(key, unitMissing(raw));
                return Duration.ofSeconds(1);
            }
            Duration value = config.getDuration(path(key));
            if (value.isNegative() || value.isZero()) {
                problem(key, "must be a positive duration, is " + config.getValue(path(key)).render());
            }
            return value;
        } catch (ConfigException e) {
            problem(key, describe(e));
            return Duration.ofSeconds(1);
        }
    }

    /**
     * The duration at {@code path}, which must name its unit: HOCON reads a bare number as
     * milliseconds, so {@code ready-timeout = 5} would silently mean 5 ms. Every duration key is
     * read here (plugins' too).
     *
     * @throws ConfigException.BadValue naming {@code path} when the unit is missing or unknown
     */
    public static Duration durationWithUnit(Config config, String path) {
        ConfigValue value = config.getValue(path);
        if (bareNumber(value)) {
            throw new ConfigException.BadValue(value.origin(), path, unitMissing(value));
        }
        return config.getDuration(path);
    }

    /** Whether {@code value} is a number without a unit ({@code 5}, {@code "5"}): never a duration. */
    static boolean bareNumber(ConfigValue value) {
        return value.valueType() == ConfigValueType.NUMBER
                || value.valueType() == ConfigValueType.STRING && BARE_NUMBER.matcher((String) value.unwrapped()).matches();
    }

    private static String unitMissing(ConfigValue value) {
        return "a duration needs a unit (ns, us, ms, s, m, h, d), e.g. " + value.unwrapped().toString().trim()
                + "s; is " + value.render();
    }

    /** A positive duration, or {@code off} (also {@code 0}) for none. */
    public Optional<Duration> optionalDuration(String key) {
        try {
            String raw = config.getString(path(key)).trim();
            if (raw.equalsIgnoreCase("off") || raw.equals("0")) {
                return Optional.empty();
            }
            return Optional.of(duration(key));
        } catch (ConfigException e) {
            problem(key, describe(e));
            return Optional.empty();
        }
    }

    /** A size in bytes, written as a number or with a unit ({@code 256MB}), in {@code [min, max]}. */
    public long bytesIn(String key, long min, long max) {
        try {
            long value = config.getBytes(path(key));
            if (value < min || value > max) {
                problem(key, "must be between " + min + " and " + max + " bytes, is " + value);
            }
            return value;
        } catch (ConfigException e) {
            problem(key, describe(e));
            return min;
        }
    }

    /** One of an enum's constants, written in lower case with dashes ({@code round-robin}). */
    public <E extends Enum<E>> E choice(String key, Class<E> type) {
        E[] constants = type.getEnumConstants();
        String raw;
        try {
            raw = config.getString(path(key));
        } catch (ConfigException e) {
            problem(key, describe(e));
            return constants[0];
        }
        for (E constant : constants) {
            if (label(constant).equals(raw)) {
                return constant;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : constants) {
            allowed.add(label(constant));
        }
        problem(key, "must be one of " + String.join(", ", allowed) + ", is '" + raw + "'");
        return constants[0];
    }

    /** The config label of an enum constant: lower case, underscores as dashes. */
    public static String label(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The block itself, for a plugin's own settings ({@code ConfigFactory.empty()} when absent). */
    public Config block(String key) {
        String full = path(key);
        try {
            return config.hasPath(full) ? config.getConfig(full) : ConfigFactory.empty();
        } catch (ConfigException e) {
            problem(key, describe(e));
            return ConfigFactory.empty();
        }
    }

    /** Ends reading: throws one exception listing every problem found, if any. */
    public void done() {
        if (!problems.isEmpty()) {
            throw new ConfigException.ValidationFailed(List.copyOf(problems));
        }
    }

    private static String describe(ConfigException e) {
        return e.getMessage();
    }
}
