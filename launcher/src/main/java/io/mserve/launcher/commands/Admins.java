package io.mserve.launcher.commands;

import io.mserve.core.auth.Authenticator;
import io.mserve.core.dispatch.Caller;
import io.mserve.engine.QException;

/** Who may run the primary's admin commands: its console, and users whose role is {@link Authenticator#ADMIN}. */
public final class Admins {
    private final Authenticator authenticator;

    public Admins(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    /** Signals {@code 'access} unless {@code caller} is an admin. */
    void require(Caller caller) {
        if (caller.handle() != Caller.CONSOLE.handle() && !Authenticator.ADMIN.equals(authenticator.role(caller.user()))) {
            throw new QException("access");
        }
    }
}
