package io.mserve.engine.io.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mserve.engine.QException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The {@code kxzipped} container. The vectors are files kdb+ 4.x wrote, published as test data of
 * dolphindb/DolphinDBPlugin (commit 64bdc713, kdb/test/data/kdb_sample/), whose reader
 * kdb/src/qfile.cpp documents the trailer.
 */
class CompressedFileTest {
    // compressCharArrayVector/.d: the 20-byte .d of columns id, nestChar, written with 17 2 6; the one
    // block does not shrink, so it is stored raw (block alg 0) while the file says alg 2.
    private static final byte[] STORED_D = hex("""
            6b787a6970706564 ff010b0000000000 6964006e65737443 68617200 03000000
            02060000 1400000000000000 1c00000000000000 0000020000000000 14000000 00000000 0100000000000000""");
    private static final byte[] D_IMAGE = hex("ff010b0000000000 6964006e65737443 68617200");

    // 2022.06.17/Daily/presettle: 5408 null floats (fe 20 09 00, count 0), one zlib stream at level 6.
    private static final byte[] PRESETTLE = hex("""
            6b787a6970706564 789cedc5310d0030 0800b0bdb8987f85 5c800014 90b44febc7dbb26d dbb66ddbb66ddbb6 6ddbb66ddbb66ddb
            b66ddbb66ddbb66d dbb66ddbb66ddbb6 6ddbb66ddbb66ddb b66ddbb66ddbb66d dbb66ddbb66ddbb6 6ddbb66ddbf69d07 6f97856f
            03000000 02060000 10a9000000000000 6800000000000000 0000020000000000 60000000 02000000 0100000000000000""");

    private static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replaceAll("\\s", ""));
    }

    private static byte[] nullFloats(int n) {
        ByteBuffer b = ByteBuffer.allocate(16 + 8 * n).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0xfe, 0x20, 9, 0}).putInt(0).putLong(0);
        for (int i = 0; i < n; i++) {
            b.putLong(0xfff8_0000_0000_0000L); // 0n as kdb+ stores it
        }
        return b.array();
    }

    @Test
    void aFileKdbWroteWithAStoredBlockReadsBackToItsImage() {
        CompressedFile f = CompressedFile.read("d", STORED_D);
        assertThat(f.image()).isEqualTo(D_IMAGE);
        assertThat(f.logicalBlockSize()).isEqualTo(17);
        assertThat(f.length()).isEqualTo(20);
        assertThat(f.blocks()).isEqualTo(1);
    }

    @Test
    void aFileKdbWroteWithAZlibBlockReadsBackToItsImage() {
        assertThat(CompressedFile.read("presettle", PRESETTLE).image()).isEqualTo(nullFloats(5408));
    }

    @Test
    void writingTheSameImagesGivesTheBytesKdbWrote() {
        assertThat(CompressedFile.write(D_IMAGE, 17, 2, 6)).isEqualTo(STORED_D);
        assertThat(CompressedFile.write(nullFloats(5408), 17, 2, 6)).isEqualTo(PRESETTLE);
    }

    @Test
    void blocksSplitThePlainBytesAtMultiplesOfTheLogicalBlockSize() {
        byte[] image = new byte[10_000];
        Random r = new Random(3);
        for (int i = 0; i < image.length; i++) {
            image[i] = (byte) r.nextInt(3);
        }
        for (int alg = 0; alg <= 5; alg++) {
            CompressedFile f = CompressedFile.read("f", CompressedFile.write(image, 12, alg, alg == 2 ? 6 : 0));
            assertThat(f.blocks()).isEqualTo(3);
            byte[] third = new byte[4096];
            assertThat(f.block(2, third, 0)).isEqualTo(10_000 - 8192);
            assertThat(Arrays.copyOf(third, 10_000 - 8192)).isEqualTo(Arrays.copyOfRange(image, 8192, 10_000));
            assertThat(f.image()).as("alg %d", alg).isEqualTo(image);
        }
    }

    @Test
    void everyTruncationIsACorruptFileNamingIt() {
        for (byte[] file : new byte[][] {STORED_D, PRESETTLE}) {
            for (int n = 0; n < file.length; n++) {
                byte[] cut = Arrays.copyOf(file, n);
                assertThatThrownBy(() -> CompressedFile.read("db/t/c", cut).image())
                        .isInstanceOf(QException.class)
                        .satisfies(e -> assertThat(((QException) e).text()).contains("db/t/c"));
            }
        }
    }

    @Test
    void everyCorruptedByteIsAnErrorOrStillTheSameImage() {
        byte[] image = nullFloats(5408);
        for (int i = 8; i < PRESETTLE.length; i++) {
            byte[] bad = PRESETTLE.clone();
            bad[i] ^= 0x41;
            try {
                byte[] read = CompressedFile.read("c", bad).image();
                // bytes no reader uses (the trailer's tag, padding): same image, never a different one
                assertThat(read).as("flipped byte %d", i).isEqualTo(image);
            } catch (QException e) {
                assertThat(e.text()).matches("c: corrupt file|decompression error at block 0 in c");
            }
        }
    }

    @Test
    void anEncryptedFileIsRecognisedAndRefused() {
        byte[] enc = PRESETTLE.clone();
        enc[6] = 'E';
        assertThat(CompressedFile.is(enc)).isTrue();
        assertThatThrownBy(() -> CompressedFile.read("e", enc)).isInstanceOf(QException.class)
                .satisfies(e -> assertThat(((QException) e).text()).isEqualTo("e: encrypted file; nyi"));
    }
}
