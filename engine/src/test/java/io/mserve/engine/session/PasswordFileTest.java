package io.mserve.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kdb+'s password file (basics/cmdline.md -u -U): user:password, the password plain, MD5 or SHA-1 hex. */
class PasswordFileTest {
    @TempDir
    Path dir;

    private PasswordFile file(String text) throws Exception {
        return PasswordFile.read(Files.writeString(dir.resolve("pw.txt"), text).toString());
    }

    @Test
    void aPlainPasswordAdmitsItsUserOnly() throws Exception {
        PasswordFile p = file("alice:secret\nbob:other\n");
        assertThat(p.admits("alice", "secret")).isTrue();
        assertThat(p.admits("alice", "other")).isFalse();
        assertThat(p.admits("carol", "secret")).isFalse();
        assertThat(p.admits("alice", "")).isFalse();
    }

    @Test
    void md5AndSha1HexDigestsStandForTheirPasswords() throws Exception {
        // raze string md5 "this is my password" and raze string -33!"mypassword", as cmdline.md gives them
        PasswordFile p = file("m:210d53992dff432ec1b1a9698af9da16\ns:91dfd9ddb4198affc5c194cd8ce6d338fde470e2\n");
        assertThat(p.admits("m", "this is my password")).isTrue();
        assertThat(p.admits("s", "mypassword")).isTrue();
        assertThat(p.admits("m", "210d53992dff432ec1b1a9698af9da16")).as("the digest itself, as written").isTrue();
        assertThat(p.admits("s", "wrong")).isFalse();
    }

    @Test
    void malformedLinesAreNoUsers() throws Exception {
        PasswordFile p = file("no colon here\n:nouser\n\r\nalice:pw\r\n" + "x".repeat(100_000) + "\n");
        assertThat(p.admits("alice", "pw")).isTrue();
        assertThat(p.admits("", "nouser")).isFalse();
        assertThat(p.admits("no colon here", "")).isFalse();
    }

    @Test
    void anEmptyFileAdmitsNobodyAndRereadingSeesChanges() throws Exception {
        PasswordFile p = file("");
        assertThat(p.admits("alice", "")).isFalse();
        Files.writeString(dir.resolve("pw.txt"), "alice:pw\n", StandardCharsets.ISO_8859_1);
        assertThat(p.reread().admits("alice", "pw")).isTrue();
    }
}
