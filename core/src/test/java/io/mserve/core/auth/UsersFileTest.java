package io.mserve.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersFileTest {
    // md5 "this is my password" and sha1 "mypassword", as kdb+'s documentation shows them.
    private static final String MD5 = "210d53992dff432ec1b1a9698af9da16";
    private static final String SHA1 = "91dfd9ddb4198affc5c194cd8ce6d338fde470e2";

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        return file(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private Path file(byte[] bytes) throws IOException {
        Path path = dir.resolve("users.txt");
        Files.write(path, bytes);
        return path;
    }

    @Test
    void plainPasswordsMatchExactly() throws IOException {
        UsersFile users = UsersFile.read(file("alice:secret\nbob:\n"));
        assertThat(users.authenticate("alice", "secret")).isTrue();
        assertThat(users.authenticate("alice", "Secret")).isFalse();
        assertThat(users.authenticate("alice", "secret ")).isFalse();
        assertThat(users.authenticate("alice", "")).isFalse();
        assertThat(users.authenticate("bob", "")).isTrue();
        assertThat(users.authenticate("bob", "x")).isFalse();
        assertThat(users.authenticate("carol", "")).isFalse();
        assertThat(users.size()).isEqualTo(2);
    }

    @Test
    void anMd5DigestMatchesThePasswordItWasMadeFromNotItself() throws IOException {
        UsersFile users = UsersFile.read(file("u1:" + MD5 + "\nu2:" + MD5.toUpperCase() + "\n"));
        assertThat(users.authenticate("u1", "this is my password")).isTrue();
        assertThat(users.authenticate("u2", "this is my password")).as("hex in either case").isTrue();
        assertThat(users.authenticate("u1", MD5)).as("the digest is not the password").isFalse();
        assertThat(users.authenticate("u1", "this is my passwor")).isFalse();
    }

    @Test
    void aSha1DigestMatchesThePasswordItWasMadeFrom() throws IOException {
        UsersFile users = UsersFile.read(file("u:" + SHA1));
        assertThat(users.authenticate("u", "mypassword")).isTrue();
        assertThat(users.authenticate("u", SHA1)).isFalse();
    }

    @Test
    void aPasswordHoldingColonsIsFollowedByItsRoleAndTheLastLineNeedsNoNewline() throws IOException {
        UsersFile users = UsersFile.read(file("u:a:b:c:user"));
        assertThat(users.authenticate("u", "a:b:c")).isTrue();
        assertThat(users.authenticate("u", "a:b:c:user")).isFalse();
    }

    @Test
    void aThirdFieldIsTheUsersRoleAndWithoutOneTheUserIsOrdinary() throws IOException {
        UsersFile users = UsersFile.read(file("root:pw:admin\nalice:wonderland\nbob:" + MD5 + ":admin\ncarol:pw:ops-team_2\n"));
        assertThat(users.role("root")).isEqualTo(Authenticator.ADMIN);
        assertThat(users.authenticate("root", "pw")).isTrue();
        assertThat(users.role("alice")).isEqualTo(Authenticator.USER);
        assertThat(users.authenticate("alice", "wonderland")).as("kdb+'s two fields still work").isTrue();
        assertThat(users.role("bob")).isEqualTo(Authenticator.ADMIN);
        assertThat(users.authenticate("bob", "this is my password")).isTrue();
        assertThat(users.role("carol")).isEqualTo("ops-team_2");
        assertThat(users.role("nobody")).isEqualTo(Authenticator.USER);
    }

    @Test
    void aMalformedRoleNamesTheFileTheLineAndTheRole() throws IOException {
        for (String role : new String[] {"", "ad min", "admin!", "r\u00f4le", " admin"}) {
            Path path = file("u:p\nalice:pw:" + role + "\n");
            assertThatThrownBy(() -> UsersFile.read(path)).as(role).isInstanceOf(UsersFile.Malformed.class)
                    .hasMessageStartingWith("users file " + path + ", line 2, has role '" + role + "' for user 'alice'")
                    .extracting(e -> ((UsersFile.Malformed) e).line()).isEqualTo(2);
        }
    }

    @Test
    void commentsBlankLinesAndWindowsLineEndsAreAccepted() throws IOException {
        UsersFile users = UsersFile.read(file("# users\r\n\r\n/ q-style comment\r\nu:p\r\n   \r\nv:q\r\n"));
        assertThat(users.authenticate("u", "p")).isTrue();
        assertThat(users.authenticate("v", "q")).isTrue();
        assertThat(users.size()).isEqualTo(2);
    }

    @Test
    void aLineWithoutAColonNamesTheFileAndTheLine() throws IOException {
        Path path = file("u:p\n\nnocolon\n");
        assertThatThrownBy(() -> UsersFile.read(path)).isInstanceOf(UsersFile.Malformed.class)
                .hasMessage("users file " + path + ", line 3, has no ':' between user and password")
                .extracting(e -> ((UsersFile.Malformed) e).line()).isEqualTo(3);
    }

    @Test
    void anEmptyUserIsRefused() throws IOException {
        Path path = file(":pw\n");
        assertThatThrownBy(() -> UsersFile.read(path)).hasMessageContaining("line 1, has an empty user name");
    }

    @Test
    void aUserNamedTwiceIsRefused() throws IOException {
        Path path = file("u:a\nv:b\nu:c\n");
        assertThatThrownBy(() -> UsersFile.read(path)).hasMessageContaining("line 3, names user 'u' a second time");
    }

    @Test
    void spacesAroundAUserNameAreRefused() throws IOException {
        Path path = file(" u:a\n");
        assertThatThrownBy(() -> UsersFile.read(path)).hasMessageContaining("line 1, has spaces around user name 'u'");
    }

    @Test
    void aFileWithNoUsersIsRefused() throws IOException {
        Path path = file("# nobody\n\n");
        assertThatThrownBy(() -> UsersFile.read(path)).hasMessage("users file " + path + " has no users: nobody could log in");
        Path empty = file(new byte[0]);
        assertThatThrownBy(() -> UsersFile.read(empty)).hasMessageContaining("has no users");
    }

    @Test
    void aMissingFileIsNamed() {
        Path path = dir.resolve("absent.txt");
        assertThatThrownBy(() -> UsersFile.read(path)).hasMessage("users file " + path + " does not exist");
    }

    @Test
    void aTenMegabyteLineIsRefusedWithItsLength() throws IOException {
        byte[] bytes = new byte[10 << 20];
        Arrays.fill(bytes, (byte) 'a');
        bytes[3] = ':';
        Path path = file(bytes);
        assertThatThrownBy(() -> UsersFile.read(path)).isInstanceOf(UsersFile.Malformed.class)
                .hasMessageContaining("line 1, is " + (10 << 20) + " characters long, over " + UsersFile.MAX_LINE_CHARS);
    }

    @Test
    void anOversizedFileIsRefusedBeforeItIsRead() throws IOException {
        Path path = dir.resolve("huge.txt");
        try (var out = Files.newOutputStream(path)) {
            byte[] line = "u:p\n".repeat(1024).getBytes(StandardCharsets.ISO_8859_1);
            for (long written = 0; written <= UsersFile.MAX_FILE_BYTES; written += line.length) {
                out.write(line);
            }
        }
        assertThatThrownBy(() -> UsersFile.read(path)).hasMessageContaining("over the " + UsersFile.MAX_FILE_BYTES);
    }

    @Test
    void aBinaryFileIsRefusedAsNotText() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        bytes[0] = 'x';
        bytes[1] = 0;
        Path path = file(bytes);
        assertThatThrownBy(() -> UsersFile.read(path)).isInstanceOf(UsersFile.Malformed.class)
                .hasMessageContaining("line 1, has a control character (byte 0) at column 2");
    }

    @Test
    void aTruncatedFileKeepsItsWholeLines() throws IOException {
        UsersFile users = UsersFile.read(file("u:p\nv:q"));
        assertThat(users.authenticate("v", "q")).isTrue();
        Path cut = file("u:p\nv");
        assertThatThrownBy(() -> UsersFile.read(cut)).hasMessageContaining("line 2, has no ':'");
    }

    @Test
    void randomBytesNeverEscapeAsAnythingButMalformed() {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            try {
                UsersFile users = UsersFile.parse(Path.of("random"), bytes);
                assertThat(users.size()).isPositive();
            } catch (UsersFile.Malformed expected) {
                assertThat(expected.getMessage()).startsWith("users file random");
            }
        }
    }
}
