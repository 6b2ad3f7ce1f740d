package io.mserve.engine.ops.arith;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** Arithmetic on temporal values works on their underlying counts and gives the type the domain tables give. */
class TemporalArithmeticTest {

    @Test
    void aDatePlusATimeIsATimestamp() {
        assertTranscript("""
            q)2000.11.22 + 03:44:55.666
            2000.11.22D03:44:55.666000000
            q)0Nd+00:00:00.005
            0Np
            """);
    }

    @Test
    void aDatePlusANumberCountsDaysAcrossMonthsAndLeapYears() {
        assertTranscript("""
            q)2000.01.31+1
            2000.02.01
            q)2020.01.01 2020.02.28+1i
            2020.01.02 2020.02.29
            q)0Nd+1
            0Nd
            """);
    }

    @Test
    void theDifferenceOfTwoDatesIsAnIntCountOfDays() {
        assertPrints("2000.03.01-2000.02.01", "29i");
    }

    @Test
    void timestampsDifferByATimespanAndMoveByOne() {
        assertTranscript("""
            q)2000.01.01D00:00:00.000000100-2000.01.01D00:00:00.000000040
            0D00:00:00.000000060
            q)2000.01.01D00:00:00.000000100+0D00:00:00.000000005
            2000.01.01D00:00:00.000000105
            """);
    }

    @Test
    void monthsTimesMinutesAndDatetimesAddInTheirOwnUnits() {
        assertTranscript("""
            q)2000.12m+2
            2001.02m
            q)00:00:01.000+1
            00:00:01.001
            q)00:01+00:00:01
            00:01:01
            q)2000.02m+0D00:00:00.000000005
            2000.02.01D00:00:00.000000005
            q)2000.01.02T00:00:00.000+12:00:00.000
            2000.01.02T12:00:00.000
            """);
    }
}
