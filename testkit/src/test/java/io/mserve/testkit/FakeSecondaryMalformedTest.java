package io.mserve.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A fake secondary answers a framed message it cannot decode with an error, and goes on. */
class FakeSecondaryMalformedTest {

    private static void raw(QClient q, byte[] bytes) throws IOException {
        q.connection().s.getOutputStream().write(bytes);
        q.connection().s.getOutputStream().flush();
    }

    /** A little-endian message of {@code type} whose body is {@code body}. */
    private static byte[] message(int type, int compressed, byte... body) {
        byte[] bytes = new byte[8 + body.length];
        bytes[0] = 1;
        bytes[1] = (byte) type;
        bytes[2] = (byte) compressed;
        int length = bytes.length;
        bytes[4] = (byte) length;
        bytes[5] = (byte) (length >> 8);
        bytes[6] = (byte) (length >> 16);
        System.arraycopy(body, 0, bytes, 8, body.length);
        return bytes;
    }

    @Test
    void aMalformedBodyIsAnsweredWithAnErrorAndTheNextQueryWithItsAnswer() throws IOException {
        try (FakeSecondary fake = FakeSecondary.start(1, new QueryScript(1));
                QClient q = QClient.connect(fake.port())) {
            // A char vector claiming 2^31-1 characters, carrying 3.
            raw(q, message(1, 0, (byte) 10, (byte) 0, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0x7f, (byte) 'a',
                    (byte) 'b', (byte) 'c'));
            assertThatThrownBy(q::receive).isInstanceOf(QClient.QError.class).hasMessageStartingWith("badmsg: count");
            // Compressed, claiming 1 GB uncompressed from 8 bytes.
            raw(q, message(0, 1, (byte) 0, (byte) 0, (byte) 0, (byte) 0x40, (byte) 0, (byte) 0, (byte) 0, (byte) 0));
            assertThatThrownBy(q::receive).isInstanceOf(QClient.QError.class).hasMessageStartingWith("badmsg: ");
            // Nested 10,000 deep.
            byte[] deep = new byte[6 * 10_000 + 2];
            for (int i = 0; i < 10_000; i++) {
                deep[6 * i + 2] = 1;
            }
            deep[6 * 10_000] = (byte) -7;
            raw(q, message(1, 0, java.util.Arrays.copyOf(deep, deep.length)));
            assertThatThrownBy(q::receive).isInstanceOf(QClient.QError.class).hasMessageContaining("nesting");
            assertThat(new String((char[]) q.sync("reply fine"))).isEqualTo("fine");
        }
    }

    @Test
    void aScriptThatCannotRunIsAnsweredWithAnError() {
        try (FakeSecondary fake = FakeSecondary.start(1, new QueryScript(1)); QClient q = QClient.connect(fake.port())) {
            assertThatThrownBy(() -> q.sync("til -5")).isInstanceOf(QClient.QError.class).hasMessageContaining("til wants");
            assertThatThrownBy(() -> q.sync("til 2000000000")).isInstanceOf(QClient.QError.class);
            assertThat((long[]) q.sync("til 3")).containsExactly(0, 1, 2);
        }
    }
}
