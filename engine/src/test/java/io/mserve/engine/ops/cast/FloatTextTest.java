package io.mserve.engine.ops.cast;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FloatTextTest {
    @Test
    void sevenSignificantDigits() {
        assertThat(FloatText.format(3.14159265)).isEqualTo("3.141593");
        assertThat(FloatText.format(1.0 / 7)).isEqualTo("0.1428571");
        assertThat(FloatText.format(1.5)).isEqualTo("1.5");
        assertThat(FloatText.format(1.0)).isEqualTo("1");
        assertThat(FloatText.format(-2.25)).isEqualTo("-2.25");
        assertThat(FloatText.format(100000.0)).isEqualTo("100000");
        assertThat(FloatText.format(1234567.0)).isEqualTo("1234567");
        assertThat(FloatText.format(0.0001)).isEqualTo("0.0001");
        assertThat(FloatText.format(1.1)).isEqualTo("1.1");
        assertThat(FloatText.format(33.3)).isEqualTo("33.3");
    }

    @Test
    void exponentForm() {
        assertThat(FloatText.format(1e10)).isEqualTo("1e+10");
        assertThat(FloatText.format(123456789.0)).isEqualTo("1.234568e+08");
        assertThat(FloatText.format(12345678.0)).isEqualTo("1.234568e+07");
        assertThat(FloatText.format(1e-5)).isEqualTo("1e-05");
        assertThat(FloatText.format(-1.5e-7)).isEqualTo("-1.5e-07");
        assertThat(FloatText.format(1e100)).isEqualTo("1e+100");
    }

    @Test
    void zeroNullInfinity() {
        assertThat(FloatText.format(0.0)).isEqualTo("0");
        assertThat(FloatText.format(Double.NaN)).isEqualTo("0n");
        assertThat(FloatText.format(Double.POSITIVE_INFINITY)).isEqualTo("0w");
        assertThat(FloatText.format(Double.NEGATIVE_INFINITY)).isEqualTo("-0w");
    }

    @Test
    void otherPrecisions() {
        assertThat(FloatText.format(1.0 / 3, 3)).isEqualTo("0.333");
        assertThat(FloatText.format(1.0 / 3, 10)).isEqualTo("0.3333333333");
        assertThat(FloatText.format(0.1, 0)).isEqualTo("0.10000000000000001");
    }
}
