package io.mserve.engine.eval;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** A simple vector indexed by a list of ints or longs keeps its type; an index out of range gives the vector's null (ref/apply.md). */
class VectorIndexingTest {

    @Test
    void aVectorIndexedByAListKeepsItsTypeWithNullsOutOfRange() {
        assertTranscript("""
            q)(1 2 3i) 0 2
            1 3i
            q)(1 2 3i) 5 0
            0N 1i
            q)"abc" 0 5
            "a "
            q)`a`b`c 2 -1
            `c`
            q)(1.5 2.5) 0 3
            1.5 0n
            q)(0101b) 3 0 7i
            100b
            q)(10 20 30h) 2 1
            30 20h
            q)(1 5 2 7i) where 0101b
            5 7i
            q)(10 20 30) 1 2
            20 30
            """);
    }
}
