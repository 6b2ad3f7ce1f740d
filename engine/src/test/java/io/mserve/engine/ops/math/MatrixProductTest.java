package io.mserve.engine.ops.math;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** $ and mmu on float vectors and matrices are the dot and matrix products (ref/mmu.md). */
class MatrixProductTest {

    @Test
    void twoVectorsGiveTheirDotProduct() {
        assertTranscript("""
            q)1 2 3f$4 5 6f
            32f
            """);
    }

    @Test
    void twoMatricesGiveTheirMatrixProduct() {
        assertTranscript("""
            q)(1 2 3f;4 5 6f)$(7 8f;9 10f;11 12f)
            58  64
            139 154
            q)a:2 4#2 4 8 3 5 6 0 7f
            q)b:4 3#"f"$til 12
            q)a mmu b
            87 104 121
            81 99  117
            """);
    }

    @Test
    void aVectorAndAMatrixMultiplyOnEitherSide() {
        assertTranscript("""
            q)1 1f$(1 2f;3 4f)
            4 6f
            q)(1 2f;3 4f)$1 1f
            3 7f
            """);
    }

    @Test
    void theInnerDimensionsMustAgree() {
        assertSignals("1 2f$enlist 1f", "length");
    }
}
