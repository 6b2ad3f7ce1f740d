package io.mserve.ipc.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kx.c;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.wire.MessageType;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CompressionTest {

    @Test
    void tilThousandCompressesToTheSizeKdbDocuments() {
        // kdb+'s docs: count -18!til 1000 is 3276, from 8014 bytes.
        byte[] plain = Encoder.encode(MessageType.RESPONSE, Samples.til(1000));
        assertThat(plain).hasSize(8014);
        byte[] packed = Compression.compress(plain);
        assertThat(packed).hasSize(3276);
        assertThat(HexFormat.of().formatHex(packed, 0, 12)).isEqualTo("01020100cc0c00004e1f0000");
        assertThat(Compression.decompress(packed, 0, packed.length, Integer.MAX_VALUE)).isEqualTo(plain);
    }

    @Test
    void ourCompressionIsByteForByteJavakdbs() throws Exception {
        for (Object value : new Object[] {
                new String[2000], repeated(3000), new long[] {1, 2, 3}, tableForJavakdb()}) {
            if (value instanceof String[]) {
                Arrays.fill((String[]) value, "IBM");
            }
            byte[] plain = new c().serialize(MessageType.RESPONSE, value, false);
            byte[] theirs = new c().serialize(MessageType.RESPONSE, value, true);
            byte[] ours = Compression.compress(plain);
            if (theirs.length == plain.length) {
                assertThat(ours).as("javakdb left it uncompressed").isNull();
            } else {
                assertThat(ours).isEqualTo(theirs);
            }
        }
    }

    @Test
    void javakdbDecompressesOursAndWeDecompressTheirs() throws Exception {
        K value = Samples.trade(5000);
        byte[] ours = Compression.compress(Encoder.encode(MessageType.RESPONSE, value));
        assertThat(ours).isNotNull();
        c.Flip flip = (c.Flip) new c().deserialize(ours);
        assertThat(flip.x).containsExactly("sym", "price", "size");
        assertThat(((String[]) flip.y[0])).hasSize(5000);
        byte[] theirs = new c().serialize(MessageType.RESPONSE, new c().deserialize(ours), true);
        assertThat(theirs[2]).as("javakdb compressed it").isEqualTo((byte) 1);
        assertThat(Decoder.decode(theirs)).isEqualTo(value);
    }

    @Test
    void incompressibleMessagesAreLeftAlone() {
        byte[] noise = new byte[5000];
        new Random(7).nextBytes(noise);
        K value = new io.mserve.ipc.value.ByteVector(QType.BYTE, noise);
        assertThat(Compression.compress(Encoder.encode(MessageType.RESPONSE, value))).isNull();
    }

    @Test
    void aLengthTheStreamCannotProduceIsRefusedBeforeAllocating() {
        byte[] packed = Compression.compress(Encoder.encode(MessageType.RESPONSE, Samples.til(1000)));
        byte[] lying = packed.clone();
        lying[8] = (byte) 0xff; lying[9] = (byte) 0xff; lying[10] = (byte) 0xff; lying[11] = (byte) 0x7f;
        assertThatThrownBy(() -> Compression.decompress(lying, 0, lying.length, Integer.MAX_VALUE))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("claims 2147483647");
        assertThatThrownBy(() -> Compression.decompress(packed, 0, packed.length, 4000))
                .isInstanceOf(MalformedMessageException.class);
    }

    @Test
    void truncatedStreamsAreMalformed() {
        byte[] packed = Compression.compress(Encoder.encode(MessageType.RESPONSE, Samples.til(1000)));
        for (int cut = 0; cut < packed.length; cut += 7) {
            int n = cut;
            assertThatThrownBy(() -> Compression.decompress(packed, 0, n, Integer.MAX_VALUE))
                    .isInstanceOf(MalformedMessageException.class);
        }
    }

    @Property(tries = 300)
    void decompressUndoesCompress(@ForAll @Size(max = 6000) byte[] body, @ForAll boolean bigEndian) {
        byte[] message = new byte[8 + body.length];
        message[0] = (byte) (bigEndian ? 0 : 1);
        message[1] = 2;
        System.arraycopy(body, 0, message, 8, body.length);
        byte[] packed = Compression.compress(withLength(message, bigEndian));
        if (packed != null) {
            assertThat(Compression.decompress(packed, 0, packed.length, Integer.MAX_VALUE)).isEqualTo(withLength(message, bigEndian));
        }
    }

    @Property(tries = 300)
    void repetitiveInputRoundTrips(@ForAll @Size(min = 1, max = 40) byte[] unit, @ForAll boolean bigEndian) {
        byte[] body = new byte[4000];
        for (int i = 0; i < body.length; i++) {
            body[i] = unit[i % unit.length];
        }
        byte[] message = new byte[8 + body.length];
        message[0] = (byte) (bigEndian ? 0 : 1);
        System.arraycopy(body, 0, message, 8, body.length);
        byte[] whole = withLength(message, bigEndian);
        byte[] packed = Compression.compress(whole);
        // Units whose byte pairs collide in the 256-entry hash table may not compress: only a run of one byte must.
        if (unit.length == 1) {
            assertThat(packed).isNotNull();
        }
        if (packed != null) {
            assertThat(Compression.decompress(packed, 0, packed.length, Integer.MAX_VALUE)).isEqualTo(whole);
        }
    }

    private static byte[] withLength(byte[] message, boolean bigEndian) {
        int n = message.length;
        for (int i = 0; i < 4; i++) {
            message[4 + i] = (byte) (n >>> (bigEndian ? 24 - 8 * i : 8 * i));
        }
        return message;
    }

    private static long[] repeated(int n) {
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = i % 10;
        }
        return values;
    }

    private static c.Flip tableForJavakdb() {
        String[] syms = new String[3000];
        double[] px = new double[3000];
        for (int i = 0; i < syms.length; i++) {
            syms[i] = i % 2 == 0 ? "IBM" : "MSFT";
            px[i] = 100 + i % 5;
        }
        return new c.Flip(new String[] {"sym", "px"}, new Object[] {syms, px});
    }
}
