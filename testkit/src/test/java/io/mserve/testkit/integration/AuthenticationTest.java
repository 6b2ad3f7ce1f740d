package io.mserve.testkit.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kx.c;
import io.mserve.testkit.MservePrimary;
import io.mserve.testkit.QClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A users file in kdb+'s -u/-U format: only its users get in; the others are closed on without a reply. */
class AuthenticationTest {
    // "this is my password", hashed as q's md5 shows it.
    private static final Path USERS = UsersFiles.of("""
            # mserve users
            alice:wonderland
            bob:210d53992dff432ec1b1a9698af9da16
            """);

    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withFakes(2)
            .config("mserve.auth.users-file = " + UsersFiles.quoted(USERS));

    @Test
    void aUserWithAPlainPasswordGetsIn() {
        try (QClient q = QClient.connect("127.0.0.1", mserve.port(), "alice:wonderland")) {
            assertThat(new String((char[]) q.deferred("reply in"))).isEqualTo("in");
        }
    }

    @Test
    void aUserWithAnMd5PasswordGetsInWithThePasswordItself() {
        try (QClient q = QClient.connect("127.0.0.1", mserve.port(), "bob:this is my password")) {
            assertThat(new String((char[]) q.deferred("reply in"))).isEqualTo("in");
        }
        assertThatThrownBy(() -> QClient.connect("127.0.0.1", mserve.port(), "bob:210d53992dff432ec1b1a9698af9da16"))
                .as("the digest is not a password").isInstanceOf(QClient.QError.class);
    }

    @Test
    void javakdbIsRefusedAWrongPasswordAnUnknownUserAndNoPassword() {
        for (String login : new String[] {"bad:pw", "alice:Wonderland", "alice", "alice:", "", ":wonderland"}) {
            assertThatThrownBy(() -> new c("127.0.0.1", mserve.port(), login)).as(login)
                    .isInstanceOfAny(c.KException.class, IOException.class);
        }
    }

    @Test
    void aFailedLoginIsClosedWithoutAReplyByte() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", mserve.port())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write("alice:nope\3\0".getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            assertThat(in.read()).as("end of stream, no capability byte").isEqualTo(-1);
        }
    }

    @Test
    void aGoodLoginIsAnsweredWithTheCapabilityByte() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", mserve.port())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write("alice:wonderland\3\0".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(socket.getInputStream().read()).isEqualTo(3);
        }
    }

    @Test
    void aRefusedClientDoesNotDisturbAnother() {
        QClient good = QClient.connect("127.0.0.1", mserve.port(), "alice:wonderland");
        try {
            for (int i = 0; i < 20; i++) {
                assertThatThrownBy(() -> QClient.connect("127.0.0.1", mserve.port(), "mallory:x"))
                        .isInstanceOf(QClient.QError.class);
                assertThat(new String((char[]) good.deferred("reply " + i))).isEqualTo(Integer.toString(i));
            }
        } finally {
            good.closeQuietly();
        }
    }
}
