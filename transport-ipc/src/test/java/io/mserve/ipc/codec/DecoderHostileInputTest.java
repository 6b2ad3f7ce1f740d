package io.mserve.ipc.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mserve.ipc.value.K;
import io.mserve.ipc.wire.MessageType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The decoder is fed lies, truncations and noise: it must answer with a value or a MalformedMessageException, nothing else. */
class DecoderHostileInputTest {
    private static final List<byte[]> VALID = valid();

    @Test
    void everyTruncationOfEveryMessageIsMalformed() {
        for (byte[] message : VALID) {
            for (int n = 0; n < message.length; n++) {
                byte[] cut = Arrays.copyOf(message, n);
                assertThatThrownBy(() -> Decoder.decode(cut)).isInstanceOf(MalformedMessageException.class);
            }
        }
    }

    @Test
    void aLyingLengthFieldIsMalformed() {
        byte[] message = Encoder.encode(MessageType.SYNC, Samples.string("til 10"));
        message[4] = (byte) (message[4] + 1);
        assertThatThrownBy(() -> Decoder.decode(message)).hasMessageContaining("length field says");
    }

    @Test
    void aHugeCountIsRefusedWithoutAllocatingIt() {
        // An int vector that claims 2^31-1 items but carries one.
        byte[] message = hex("01000000120000000600ffffff7f01000000");
        assertThatThrownBy(() -> Decoder.decode(message))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("count 2147483647 needs more");
        byte[] list = hex("010000000e00000000000000ff7f");
        assertThatThrownBy(() -> Decoder.decode(list)).isInstanceOf(MalformedMessageException.class);
        byte[] negative = hex("010000000f00000007000000008000");
        assertThatThrownBy(() -> Decoder.decode(negative)).isInstanceOf(MalformedMessageException.class);
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() {
        int depth = 100_000;
        byte[] message = new byte[8 + depth * 6 + 6];
        message[0] = 1;
        for (int i = 0; i < depth; i++) {
            int at = 8 + i * 6;
            message[at] = 0; message[at + 2] = 1; // a general list of one item
        }
        message[8 + depth * 6] = 0; // innermost: an empty list
        int n = message.length;
        message[4] = (byte) n; message[5] = (byte) (n >> 8); message[6] = (byte) (n >> 16);
        assertThatThrownBy(() -> Decoder.decode(message)).hasMessageContaining("nesting deeper than");
    }

    @Test
    void typesThatNeverTravelAreMalformed() {
        for (String body : new String[] {"03000000000000", "14000100000000000000", "4d00", "80616263", "6200630b00000000000600000000"}) {
            byte[] message = hex("01000000" + String.format("%02x", 8 + body.length() / 2) + "000000" + body);
            assertThatThrownBy(() -> Decoder.decode(message)).as(body).isInstanceOf(MalformedMessageException.class);
        }
    }

    @Test
    void aProjectionOrCompositionOfNoFunctionIsMalformed() {
        for (String body : new String[] {"6800000000", "6900000000"}) {
            byte[] message = hex("01000000" + String.format("%02x", 8 + body.length() / 2) + "000000" + body);
            assertThatThrownBy(() -> Decoder.decode(message)).as(body).isInstanceOf(MalformedMessageException.class);
        }
    }

    @Test
    void trailingBytesAreMalformed() {
        byte[] message = hex("010000000b000000ff0100");
        assertThatThrownBy(() -> Decoder.decode(message)).hasMessageContaining("left after the value");
    }

    @Property(tries = 3000)
    void noiseIsAValueOrMalformed(@ForAll @Size(max = 200) byte[] body, @ForAll boolean compressed) {
        byte[] message = new byte[8 + body.length];
        message[0] = 1;
        message[2] = (byte) (compressed ? 1 : 0);
        System.arraycopy(body, 0, message, 8, body.length);
        int n = message.length;
        message[4] = (byte) n;
        message[5] = (byte) (n >> 8);
        decodeOrMalformed(message);
    }

    @Property(tries = 3000)
    void mutatedMessagesAreAValueOrMalformed(@ForAll("mutations") byte[] message) {
        decodeOrMalformed(message);
    }

    @Provide
    Arbitrary<byte[]> mutations() {
        return Arbitraries.of(VALID).flatMap(valid -> Arbitraries.integers().between(8, valid.length - 1)
                .flatMap(at -> Arbitraries.bytes().map(b -> {
                    byte[] copy = valid.clone();
                    copy[at] = b;
                    return copy;
                })));
    }

    private static void decodeOrMalformed(byte[] message) {
        try {
            K value = Decoder.decode(message, 1 << 20);
            assertThat(value).isNotNull();
        } catch (MalformedMessageException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    private static List<byte[]> valid() {
        List<byte[]> messages = new ArrayList<>();
        for (K value : Samples.javakdbSafe().values()) {
            messages.add(Encoder.encode(MessageType.RESPONSE, value));
        }
        messages.add(Compression.compress(Encoder.encode(MessageType.RESPONSE, Samples.trade(400))));
        for (K function : Samples.functions()) {
            messages.add(Encoder.encode(MessageType.RESPONSE, function));
        }
        return messages;
    }

    private static byte[] hex(String s) {
        return java.util.HexFormat.of().parseHex(s);
    }
}
