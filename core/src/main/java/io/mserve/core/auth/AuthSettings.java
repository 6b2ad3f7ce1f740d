package io.mserve.core.auth;

import com.typesafe.config.Config;
import io.mserve.core.config.SettingsReader;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Who may connect, block {@code mserve.auth}.
 *
 * @param usersFile the users file, read and checked at start-up; empty when everybody may connect
 */
public record AuthSettings(Optional<UsersFile> usersFile) {

    /** Reads {@code mserve.auth} and the users file it names, reporting a bad file as a problem of its key. */
    public static AuthSettings from(Config config) {
        SettingsReader in = SettingsReader.of(config, "mserve.auth");
        String path = in.text("users-file").trim();
        Optional<UsersFile> users = Optional.empty();
        if (!path.isEmpty()) {
            try {
                users = Optional.of(UsersFile.read(Path.of(path)));
            } catch (IllegalArgumentException e) {
                in.problem("users-file", e.getMessage());
            }
        }
        in.done();
        return new AuthSettings(users);
    }

    /** The authenticator these settings ask for: the users file's, or {@link Authenticator#ANYONE}. */
    public Authenticator authenticator() {
        return usersFile.<Authenticator>map(users -> users).orElse(Authenticator.ANYONE);
    }
}
