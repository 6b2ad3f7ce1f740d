package io.mserve.launcher.secondary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

class LaunchSecretTest {

    @Test
    void theUsersFileHoldsOnlyTheDigestOfTheSecretAndOnlyItsOwnerMayReadIt() throws Exception {
        try (LaunchSecret secret = LaunchSecret.create()) {
            String password = secret.login().substring(LaunchSecret.USER.length() + 1);
            assertThat(password).hasSize(48);
            assertThat(Files.readString(secret.usersFile())).isEqualTo("mserve:" + LaunchSecret.md5(password) + "\n")
                    .doesNotContain(password);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret.usersFile()))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret.usersFile().getParent())))
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void eachLaunchHasItsOwnSecretAndClosingDeletesItsFile() {
        LaunchSecret first = LaunchSecret.create();
        LaunchSecret second = LaunchSecret.create();
        assertThat(first.login()).isNotEqualTo(second.login());
        first.close();
        second.close();
        assertThat(first.usersFile()).doesNotExist();
        assertThat(first.usersFile().getParent()).doesNotExist();
    }

    @Test
    void md5IsKdbsHexDigest() {
        assertThat(LaunchSecret.md5("password")).isEqualTo("5f4dcc3b5aa765d61d8327deb882cf99");
    }
}
