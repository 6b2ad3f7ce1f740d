package io.mserve.spi;

import java.time.Duration;
import java.util.List;

/**
 * A plugin's own block of the primary's configuration, read-only: {@code mserve.strategy.<name>}
 * for a load strategy, {@code mserve.auth.settings} for an authenticator. Defaults come from a
 * {@code reference.conf} in the plugin's jar. Every getter throws {@link IllegalArgumentException}
 * naming the full key (e.g. {@code mserve.strategy.cpu-sampled.sample-interval: ...}) when the
 * key is missing or holds the wrong type.
 */
public interface PluginSettings {

    /** The block's full path, e.g. {@code mserve.strategy.cpu-sampled}, for messages. */
    String path();

    /** Whether {@code key} (relative to the block, dots for nesting) is set. */
    boolean has(String key);

    /** A string; a number or boolean is given as its text. */
    String text(String key);

    /** A whole number. */
    long number(String key);

    /** {@code true} or {@code false} ({@code on}/{@code off}, {@code yes}/{@code no} too). */
    boolean flag(String key);

    /** A duration with its unit ({@code 200ms}, {@code 5s}); a bare number is refused. */
    Duration duration(String key);

    /** A list of strings. */
    List<String> texts(String key);
}
