package io.mserve.ipc.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void userPasswordAndCapabilityAreSplitAtTheFirstColon() {
        assertThat(Credentials.parse(bytes("bob:pa:ss\3"))).isEqualTo(new Credentials("bob", "pa:ss", 3));
    }

    @Test
    void aLoginWithoutAColonIsAUserWithNoPassword() {
        assertThat(Credentials.parse(bytes("anonymous\3"))).isEqualTo(new Credentials("anonymous", "", 3));
    }

    @Test
    void anOldClientThatSendsNoCapabilityGetsZero() {
        assertThat(Credentials.parse(bytes("bob:pw"))).isEqualTo(new Credentials("bob", "pw", 0));
    }

    @Test
    void anEmptyLoginIsAllowed() {
        assertThat(Credentials.parse(bytes("\6"))).isEqualTo(new Credentials("", "", 6));
        assertThat(Credentials.parse(new byte[0])).isEqualTo(new Credentials("", "", 0));
    }

    @Test
    void aClientHandshakeIsLoginThenCapabilityThreeThenNul() {
        assertThat(Credentials.handshake("bob:pw")).containsExactly('b', 'o', 'b', ':', 'p', 'w', 3, 0);
    }
}
