package io.mserve.core.plugin;

/** A plugin that cannot be used: an unreadable jar, a provider that throws, two providers with one name. */
public final class PluginException extends IllegalStateException {
    private final boolean badSettings;

    public PluginException(String message) {
        this(message, null);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
        this.badSettings = cause instanceof IllegalArgumentException;
    }

    /** Whether the plugin refused its settings (an {@link IllegalArgumentException}): a configuration problem. */
    public boolean badSettings() {
        return badSettings;
    }

    /**
     * A provider's {@code create} threw {@code e}: a settings problem ({@link IllegalArgumentException})
     * by its message, which names the key; anything else with its type too.
     */
    public static PluginException failedToStart(String kind, String name, String source, Throwable e) {
        String why = e instanceof IllegalArgumentException && e.getMessage() != null ? e.getMessage() : e.toString();
        return new PluginException(kind + " '" + name + "' (" + source + ") failed to start: " + why, e);
    }
}
