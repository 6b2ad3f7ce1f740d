package io.mserve.engine.ops.system;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/**
 * {@code -8! -9! -18!} as kdb+: compression only where kdb+ compresses, and float and real
 * nulls keeping their bits: the literals
 * {@code 0n}/{@code 0Ne} are the positive quiet NaN kdb+ writes, a {@code 0N} in a typed vector
 * literal the negative one, and any NaN read is a null. Bytes as real kdb+ writes them (the
 * kdb+ captures in qPython's and mgkdb's test data, and javakdb's).
 */
class SerializationTest {

    @Test
    void theNullLiteralsAreThePositiveQuietNaN() {
        assertTranscript("""
                q)-8!0n
                0x0100000011000000f7000000000000f87f
                q)-8!0Ne
                0x010000000d000000f80000c07f
                q)8_-8!0Nz
                0xf1000000000000f87f
                """);
    }

    @Test
    void aNullInATypedFloatOrRealVectorLiteralIsTheNegativeQuietNaN() {
        assertTranscript("""
                q)\\c 25 200
                q)8_-8!1.1 1.2 0N 1.4f
                0x0900040000009a9999999999f13f333333333333f33f000000000000f8ff666666666666f63f
                q)8_-8!1.1 1.2 0N 1.4e
                0x080004000000cdcc8c3f9a99993f0000c0ff3333b33f
                """);
    }

    @Test
    void anyNaNReadIsANullAndKeepsItsBits() {
        assertTranscript("""
                q)x:-9!0x0100000011000000f70100000000f0ff7f
                q)null x
                1b
                q)x
                0n
                q)-8!x
                0x0100000011000000f70100000000f0ff7f
                q)null -9!0x0100000011000000f7ffffffffffffffff
                1b
                q)null -9!0x010000000d000000f8ffffffff
                1b
                """);
    }

    @Test
    void theSerializationPageExamplesAreByteForByte() {
        // kb/serialization.md, printed on a console wide enough for them
        assertTranscript("""
                q)\\c 25 300
                q)-8!`byte$enlist til 5
                0x01000000190000000000010000000400050000000001020304
                q)-8!`s#`a`b!2 3i
                0x01000000210000007f0b0102000000610062000600020000000200000003000000
                q)-8!`a`b!enlist each 2 3i
                0x010000002d000000630b0002000000610062000000020000000600010000000200000006000100000003000000
                q)-8!`s#([]a:enlist 2i;b:enlist 3i)
                0x010000002f0000006201630b0002000000610062000000020000000603010000000200000006000100000003000000
                q)-8!([a:enlist 2i]b:enlist 3i)
                0x010000003f000000636200630b00010000006100000001000000060001000000020000006200630b0001000000620000000100000006000100000003000000
                q)-8!`s#([a:enlist 2i]b:enlist 3i)
                0x010000003f0000007f6201630b00010000006100000001000000060001000000020000006200630b0001000000620000000100000006000100000003000000
                """);
    }

    @Test
    void minus18CompressesOnlyWhatKdbCompresses() {
        // basics/internal.md: count -18!til 1000 is 3276; basics/ipc.md: only messages over 2000 bytes, to under half
        assertTranscript("""
                q)count -18!til 1000
                3276
                q)count -18!1000#0x00
                1014
                q)count -18!3000#0x00
                45
                q)(-18!til 3)~-8!til 3
                1b
                """);
    }

    @Test
    void infinitiesAreTheOnlyIEEEPatternTheyHave() {
        assertTranscript("""
                q)8_-8!0w
                0xf7000000000000f07f
                q)8_-8!-0w
                0xf7000000000000f0ff
                q)8_-8!0We
                0xf80000807f
                """);
    }
}
