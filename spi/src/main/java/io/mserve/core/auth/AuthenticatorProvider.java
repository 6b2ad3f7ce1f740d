package io.mserve.core.auth;

import io.mserve.spi.PluginSettings;

/**
 * The plugin entry point of an authenticator, found with {@link java.util.ServiceLoader} like a
 * load strategy's ({@code META-INF/services/io.mserve.core.auth.AuthenticatorProvider}) and
 * selected by {@code mserve.auth.authenticator = <name>}. It needs a public no-argument constructor.
 */
public interface AuthenticatorProvider {

    /** The name the configuration uses, e.g. {@code ldap}. */
    String name();

    /**
     * Creates the primary's authenticator from its settings, the block {@code mserve.auth.settings}.
     * The authenticator is called on the connections' event-loop threads, possibly several at
     * once, so it must be thread-safe and should not block for long. An exception thrown here
     * stops the primary's start-up with its message and this provider's name.
     */
    Authenticator create(PluginSettings settings);
}
