package io.mserve.engine.ops.aggregate;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** wsum, wavg, cov, scov and cor take two lists of one count (ref/sum.md#wsum, ref/avg.md#wavg, ref/cov.md, ref/cor.md). */
class WeightedAndPairedStatisticsTest {

    @Test
    void wsumOfTwoVectorsIsAFloatAndOfAnAtomWeightKeepsTheType() {
        assertTranscript("""
            q)1 2 3 wsum 4 5 6
            32f
            q)2 3 4 wsum 1 2 4
            24f
            q)2 wsum 1 2 4
            14
            """);
    }

    @Test
    void wavgIsTheWeightedMeanIgnoringNullsInEitherArgument() {
        assertTranscript("""
            q)2 3 4 wavg 1 2 3
            2.222222
            q)2 3 4 wavg 1 2 4
            2.666667
            q)1 0N 1 wavg 1 5 3
            2f
            q)2 0N 4 5 wavg 1 2 0N 8
            6f
            """);
    }

    @Test
    void covarianceAndCorrelation() {
        assertTranscript("""
            q)1 2 3 cov 2 4 6
            1.333333
            q)2 3 5 7 cov 3 3 5 9
            4.5
            q)1 2 3 scov 2 4 6
            2f
            q)1 2 3 cor 3 2 1
            -1f
            q)29 10 54 cor 1 3 9
            0.7727746
            """);
    }

    @Test
    void listsOfDifferentCountsAreALengthError() {
        assertSignals("1 2 cov enlist 1", "length");
    }
}
