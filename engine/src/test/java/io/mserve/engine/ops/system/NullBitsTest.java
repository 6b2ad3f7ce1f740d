package io.mserve.engine.ops.system;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/**
 * Float and real nulls keep their bits through {@code -8!} and {@code -9!}: the literals
 * {@code 0n}/{@code 0Ne} are the positive quiet NaN kdb+ writes, a {@code 0N} in a typed vector
 * literal the negative one, and any NaN read is a null. Bytes from /work/shared/IPC-FACTS.md
 * appendix B and /work/notes/facts-ipc-functions.md 4.1 (qPython's and mgkdb's kdb+ captures).
 */
class NullBitsTest {

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
