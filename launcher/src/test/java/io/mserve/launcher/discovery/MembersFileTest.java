package io.mserve.launcher.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mserve.core.discovery.Address;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The members file: host:port lines, comments, blank lines; bad, cut-short and odd input refused naming the line. */
class MembersFileTest {
    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsOneMemberALineSkippingCommentsAndBlankLines() {
        assertThat(MembersFile.parse("m.txt", bytes("""
                # the rdb pool
                10.0.0.1:5002

                db2.example.com:5003   # the second
                ::1:5004
                10.0.0.1:5002
                """))).containsExactly(new Address("10.0.0.1", 5002), new Address("db2.example.com", 5003),
                new Address("::1", 5004));
    }

    @Test
    void anEmptyFileHasNoMembers() {
        assertThat(MembersFile.parse("m.txt", new byte[0])).isEmpty();
        assertThat(MembersFile.parse("m.txt", bytes("# nobody yet\n"))).isEmpty();
    }

    @Test
    void aBadLineIsNamedWithTheFileAndItsNumber() {
        assertThatThrownBy(() -> MembersFile.parse("m.txt", bytes("a:1\nb:two\n")))
                .hasMessage("m.txt:2: \"b:two\" is not host:port: no port number after the last colon");
        assertThatThrownBy(() -> MembersFile.parse("m.txt", bytes("a:1\n\nhost-without-port\n")))
                .hasMessage("m.txt:3: \"host-without-port\" is not host:port");
        assertThatThrownBy(() -> MembersFile.parse("m.txt", bytes("a:70000\n")))
                .hasMessage("m.txt:1: a secondary's port must be in 1..65535, is 70000");
        assertThatThrownBy(() -> MembersFile.parse("m.txt", bytes(":5002\n")))
                .hasMessageStartingWith("m.txt:1: a secondary's host must be a name or an address");
    }

    @Test
    void aFileCutShortIsRefusedNotReadAsFewerMembers() {
        assertThatThrownBy(() -> MembersFile.parse("m.txt", bytes("a:5002\nb:50")))
                .hasMessage("m.txt: its last line has no newline (cut short, or still being written?)");
    }

    @Test
    void binaryGarbageIsABadLineNotACrash() {
        byte[] garbage = new byte[64];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 37);
        }
        garbage[garbage.length - 1] = '\n';
        assertThatThrownBy(() -> MembersFile.parse("m.txt", garbage)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("m.txt:");
    }
}
