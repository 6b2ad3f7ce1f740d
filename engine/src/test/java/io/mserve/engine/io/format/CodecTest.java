package io.mserve.engine.io.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.luben.zstd.util.Native;
import java.util.Arrays;
import java.util.Random;
import net.jpountz.lz4.LZ4Factory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.xerial.snappy.Snappy;

/** The block codecs of kb/file-compression.md: 1 q IPC, 2 gzip, 3 snappy, 4 lz4hc, 5 zstd. */
class CodecTest {
    private static final int[] LEVEL = {0, 0, 6, 0, 9, 3};

    // Two 8-byte columns' worth of a price-like series: compressible, not trivially so.
    private static byte[] block() {
        byte[] b = new byte[1 << 16];
        Random r = new Random(7);
        for (int i = 0; i < b.length; i += 8) {
            b[i] = (byte) r.nextInt(4);
            b[i + 1] = (byte) (i >> 12);
        }
        return b;
    }

    @Test
    void theNativeLibrariesOfSnappyLz4AndZstdLoadOnThisPlatform() throws Exception {
        assertThat(Snappy.getNativeLibraryVersion()).isNotEmpty();
        assertThat(LZ4Factory.nativeInstance().toString()).contains("JNI");
        Native.load();
        assertThat(Native.isLoaded()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void eachAlgorithmCompressesABlockAndRestoresItExactly(int alg) {
        byte[] plain = block();
        byte[] packed = Codec.compress(alg, LEVEL[alg], plain, 0, plain.length);
        assertThat(packed).isNotNull();
        assertThat(packed.length).isLessThan(plain.length / 2);
        byte[] out = new byte[plain.length + 4];
        assertThat(Codec.decompress(alg, packed, 0, packed.length, out, 4, plain.length)).isTrue();
        assertThat(Arrays.copyOfRange(out, 4, out.length)).isEqualTo(plain);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void aTruncatedOrCorruptedBlockIsRefusedNotMisread(int alg) {
        byte[] plain = block();
        byte[] packed = Codec.compress(alg, LEVEL[alg], plain, 0, plain.length);
        byte[] out = new byte[plain.length];
        for (int cut : new int[] {0, 1, packed.length / 2, packed.length - 1}) {
            assertThat(Codec.decompress(alg, packed, 0, cut, out, 0, plain.length)).as("cut at %d", cut).isFalse();
        }
        assertThat(Codec.decompress(alg, packed, 0, packed.length, out, 0, plain.length - 1)).as("wrong size").isFalse();
        byte[] garbage = new byte[packed.length];
        Arrays.fill(garbage, (byte) 0xa5);
        assertThat(Codec.decompress(alg, garbage, 0, garbage.length, out, 0, plain.length)).as("garbage").isFalse();
    }

    @Test
    void aBlockThatWouldNotShrinkIsLeftToBeStoredAsItIs() {
        byte[] noise = new byte[4096];
        new Random(1).nextBytes(noise);
        for (int alg = 1; alg <= 5; alg++) {
            assertThat(Codec.compress(alg, LEVEL[alg], noise, 0, noise.length)).as("alg %d", alg).isNull();
        }
    }

    @Test
    void levelsAreTheOnesKdbAcceptsPerAlgorithm() {
        assertThat(Codec.accepts(2, 9)).isTrue();
        assertThat(Codec.accepts(2, 10)).isFalse();
        assertThat(Codec.accepts(3, 1)).isFalse();
        assertThat(Codec.accepts(5, -7)).isTrue();
        assertThat(Codec.accepts(5, 23)).isFalse();
        assertThat(Codec.accepts(6, 0)).isFalse();
    }
}
