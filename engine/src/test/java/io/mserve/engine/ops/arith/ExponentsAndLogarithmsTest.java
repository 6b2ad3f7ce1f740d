package io.mserve.engine.ops.arith;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** xexp, xlog, exp, log and sqrt return floats, with nulls for what is outside their domain. */
class ExponentsAndLogarithmsTest {

    @Test
    void xexpRaisesToAPowerAsAFloat() {
        assertTranscript("""
            q)2 xexp 3
            8f
            q)2 xexp 0 1
            1 2f
            """);
    }

    @Test
    void xexpIsExpOfYTimesLogXSoANegativeBaseIsNull() {
        assertTranscript("""
            q)-2 2 xexp .5
            0n 1.414214
            q)1.5 xexp -4.2 0 0.1 0n 0w
            0.1821448 1 1.04138 0n 0w
            q)\\P 0
            q)2 xexp 3
            7.9999999999999982
            q)exp 3 * log 2
            7.9999999999999982
            """);
    }

    @Test
    void aNonNegativeBaseToThePowerZeroIsOneSoPolynomialsFitExactly() {
        assertTranscript("""
            q)0 0w 0n xexp 0
            1 1 0n
            q)lsfit:{(enlist y) lsq x xexp/: til 1+z}
            q)poly:{[c;x]sum c*x xexp til count c}
            q)x:til 6
            q)y:poly[1 5 -3 2] each x
            q)lsfit[x;y] each 1 2
            -33 37.6
            7 -22.4 12
            q)lsfit[x;y] 3
            1 5 -3 2
            """);
    }

    @Test
    void xlogIsTheLogarithmToABase() {
        assertTranscript("""
            q)2 xlog 8
            3f
            q)10 xlog 9223372036854775806
            18.96489
            """);
    }

    @Test
    void naturalLogarithmAndExponential() {
        assertTranscript("""
            q)log 1
            0f
            q)log 0 1
            -0w 0
            q)exp 0
            1f
            """);
    }

    @Test
    void squareRootOfANegativeOrNullIsNull() {
        assertTranscript("""
            q)sqrt -1 0n 0 25
            0n 0n 0 5
            q)sqrt 101b
            1 0 1f
            q)sqrt 32767h
            181.0166
            q)sqrt ([]a:4 9)
            a
            -
            2
            3
            """);
    }
}
