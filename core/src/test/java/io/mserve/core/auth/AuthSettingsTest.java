package io.mserve.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthSettingsTest {
    @TempDir
    Path dir;

    private static AuthSettings read(String hocon) {
        return AuthSettings.from(ConfigFactory.parseString(hocon).withFallback(ConfigFactory.defaultReference()).resolve());
    }

    @Test
    void byDefaultEverybodyMayConnect() {
        AuthSettings settings = read("");
        assertThat(settings.usersFile()).isEmpty();
        assertThat(settings.authenticator()).isSameAs(Authenticator.ANYONE);
        assertThat(settings.syncAccess()).isEqualTo(SyncAccess.NO_SYSTEM);
    }

    @Test
    void syncAccessIsOneOfThreePolicies() {
        assertThat(read("mserve.auth.sync-access = full").syncAccess()).isEqualTo(SyncAccess.FULL);
        assertThat(read("mserve.auth.sync-access = read-only").syncAccess()).isEqualTo(SyncAccess.READ_ONLY);
        assertThatThrownBy(() -> read("mserve.auth.sync-access = none")).hasMessageContaining("mserve.auth.sync-access")
                .hasMessageContaining("must be one of full, no-system, read-only, is 'none'");
    }

    @Test
    void aUsersFileIsReadAtOnce() throws IOException {
        Path file = Files.writeString(dir.resolve("u.txt"), "alice:pw\n");
        AuthSettings settings = read("mserve.auth.users-file = \"" + file.toString().replace("\\", "\\\\") + "\"");
        assertThat(settings.usersFile()).isPresent();
        assertThat(settings.authenticator().authenticate("alice", "pw")).isTrue();
        assertThat(settings.authenticator().authenticate("alice", "no")).isFalse();
    }

    @Test
    void aBadUsersFileIsAProblemOfItsKeyNamingTheLine() throws IOException {
        Path file = Files.writeString(dir.resolve("u.txt"), "alice:pw\nbroken\n");
        assertThatThrownBy(() -> read("mserve.auth.users-file = \"" + file.toString().replace("\\", "\\\\") + "\""))
                .isInstanceOf(ConfigException.ValidationFailed.class)
                .satisfies(e -> assertThat(((ConfigException.ValidationFailed) e).problems())
                        .singleElement()
                        .satisfies(p -> {
                            assertThat(p.path()).isEqualTo("mserve.auth.users-file");
                            assertThat(p.problem()).contains(file.toString()).contains("line 2");
                        }));
    }

    @Test
    void anUnknownKeyIsReported() {
        assertThatThrownBy(() -> read("mserve.auth.user-file = x"))
                .isInstanceOf(ConfigException.ValidationFailed.class)
                .hasMessageContaining("mserve.auth.user-file");
    }

    @Test
    void aUsersFileAndAnAuthenticatorPluginTogetherAreRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("u.txt"), "alice:pw\n");
        assertThatThrownBy(() -> read("mserve.auth { users-file = \"" + file.toString().replace("\\", "\\\\")
                + "\", authenticator = ldap }"))
                .isInstanceOf(ConfigException.ValidationFailed.class)
                .hasMessageContaining("mserve.auth.authenticator: set either users-file or authenticator, not both");
    }

    @Test
    void anAuthenticatorPluginIsNamedWithItsOwnSettingsBlock() {
        AuthSettings settings = read("mserve.auth { authenticator = ldap, settings { url = \"ldap://x\", timeout = 2s } }");
        assertThat(settings.plugin()).contains("ldap");
        assertThat(settings.settings().path()).isEqualTo("mserve.auth.settings");
        assertThat(settings.settings().text("url")).isEqualTo("ldap://x");
        assertThatThrownBy(settings::authenticator).isInstanceOf(IllegalStateException.class);
    }
}
