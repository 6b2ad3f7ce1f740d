package io.mserve.testkit.membership;

import io.mserve.core.auth.Authenticator;
import io.mserve.core.auth.AuthenticatorProvider;
import io.mserve.spi.PluginSettings;

/** {@code admin-role-for-tests}: lets everybody in; user {@code admin} has the admin role, the others the user role. */
public final class AdminRoleForTests implements AuthenticatorProvider {
    public static final String CONFIG = "mserve.auth.authenticator = admin-role-for-tests";

    @Override
    public String name() {
        return "admin-role-for-tests";
    }

    @Override
    public Authenticator create(PluginSettings settings) {
        return new Authenticator() {
            @Override
            public boolean authenticate(String user, String password) {
                return true;
            }

            @Override
            public String role(String user) {
                return user.equals("admin") ? ADMIN : USER;
            }
        };
    }
}
