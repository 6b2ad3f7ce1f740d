package io.mserve.engine.ops.cast;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** {@code .Q.f .Q.fmt} (ref/dotq.md): fixed decimals, rounded as q rounds, right-aligned or stars. */
class FixedDecimalsTest {
    @Test
    void decimalsRoundedAndTheSignKept() {
        assertTranscript("""
                q)\\P 0
                q).Q.f[2;]each 9.996 34.3445 7817047037.90 781704703567.90 -.02 9.996 -0.0001
                "10.00"
                "34.34"
                "7817047037.90"
                "781704703567.90"
                "-0.02"
                "10.00"
                "-0.00"
                """);
        assertPrints(".Q.f[2;0.05]", "\"0.05\"");
        assertPrints(".Q.f[3;1]", "\"1.000\"");
        assertPrints(".Q.f[2;42i]", "\"42.00\"");
    }

    @Test
    void noDecimalsKeepsThePointNullIsEmptyAndHugeIsAsStringShowsIt() {
        assertPrints(".Q.f[0;123.4]", "\"123.\"");
        assertPrints(".Q.f[2;0n]", "\"\"");
        assertPrints(".Q.f[2;1e20]", "\"1e+20\"");
        assertSignals(".Q.f[-1;1.5]", "domain");
    }

    @Test
    void widthRightAlignsAndTooNarrowIsStars() {
        assertPrints(".Q.fmt[6;2]each 1 234", "\"  1.00\"\n\"234.00\"");
        assertTranscript("""
                q)fix:{.Q.fmt'[x+1+count each string floor y;x;y]}
                q)fix[2]1.2 123 1.23445 -1234578.5522
                "1.20"
                "123.00"
                "1.23"
                "-1234578.55"
                q)fmt:{.Q.fmt[x;(count 2_string y-i)&x-1+count string i:"i"$y]y}
                q)fmt[9] each 34.4 343434.358
                "     34.4"
                "343434.36"
                """);
        assertPrints(".Q.fmt[2;1;123.4]", "\"**\"");
    }
}
