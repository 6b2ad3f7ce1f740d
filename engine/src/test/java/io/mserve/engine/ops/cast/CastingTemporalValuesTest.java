package io.mserve.engine.ops.cast;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** Casts to, from and between temporal types, and the parts `year`mm`dd`hh`uu`ss`week extract (ref/cast.md#temporal). */
class CastingTemporalValuesTest {

    @Test
    void aNumberCastToATemporalTypeIsItsUnderlyingCount() {
        assertTranscript("""
            q)12 13 14 15 16 17 18 19h$42
            2000.01.01D00:00:00.000000042
            2003.07m
            2000.02.12
            2000.02.12T00:00:00.000
            0D00:00:00.000000042
            00:42
            00:00:42
            00:00:00.042
            q)(12h;"m";`date)$42 43 44
            2000.01.01D00:00:00.000000042
            2003.08m
            2000.02.14
            q)(12h;13 14h)$(42;42 42)
            2000.01.01D00:00:00.000000042
            (2003.07m;2000.02.12)
            """);
    }

    @Test
    void aTemporalValueCastToANumberIsItsUnderlyingCount() {
        assertTranscript("""
            q)"j"$1999.01.01 2000.12.31
            -365 365
            q)`int$2020.01.01
            7305i
            q)"f"$2000.01.02T12:00:00.000
            1.5
            """);
    }

    @Test
    void widerTemporalTypesNarrowByFlooring() {
        assertTranscript("""
            q)`date$2020.01.01D12:00:00.000000000
            2020.01.01
            q)`time$2020.01.01D12:00:00.000000000
            12:00:00.000
            q)`minute$2020.01.01D12:00:00.000000000
            12:00
            q)`month$2019.11.19
            2019.11m
            q)"d"$2009.10.03T13:08:00.222
            2009.10.03
            q)"t"$2009.10.03T13:08:00.222
            13:08:00.222
            q)"d"$1999.12.31D23:59:59.999999999
            1999.12.31
            q)"v"$00:01:01.999
            00:01:01
            q)"u"$0D01:00:00.000000000
            01:00
            """);
    }

    @Test
    void narrowerTemporalTypesWidenToTheStartOfTheirPeriod() {
        assertTranscript("""
            q)`timestamp$2020.01.01
            2020.01.01D00:00:00.000000000
            q)`date$2019.10m
            2019.10.01
            q)`date$1999.12m
            1999.12.01
            q)"z"$2000.01.04
            2000.01.04T00:00:00.000
            q)"p"$2000.01.02T12:00:00.000
            2000.01.02D12:00:00.000000000
            q)"t"$01:30
            01:30:00.000
            q)"n"$00:00:02
            0D00:00:02.000000000
            """);
    }

    @Test
    void aTimeOfDayAndADateDoNotCastToEachOther() {
        assertSignals("\"d\"$00:00:00.005", "type");
        assertSignals("\"u\"$2000.01.06", "type");
    }

    @Test
    void temporalNullsAndInfinitiesStayNullsAndInfinities() {
        assertTranscript("""
            q)("p"$(0Nd;0Wd;-0Wd))~(0Np;0Wp;-0Wp)
            1b
            q)"d"$enlist 0Np
            ,0Nd
            """);
    }

    @Test
    void timesOfDayListsChangeUnitsFlooringAndKeepNullsAndInfinities() {
        assertTranscript("""
            q)`minute$09:30:59.999 0Nt 0Wt -0Wt 23:59:59.999 -00:00:00.001
            09:30 0N 0W -0W 23:59 -00:01
            q)`second$09:30 0Nu 0Wu -0Wu -00:01
            09:30:00 0N 0W -0W -00:01:00
            q)`time$09:30:01 0Nv 0Wv
            09:30:01.000 0N 0W
            """);
    }

    @Test
    void timesUpAndDownAcrossMinuteBoundariesFloorEachToItsOwnMinute() {
        assertTranscript("""
            q)`minute$00:00:59.999 00:01:00.000 00:01:00.001 00:00:00.000 -00:00:00.001 -00:01:00.000 -00:01:00.001 0Nt 00:02:00.000
            00:00 00:01 00:01 00:00 -00:01 -00:01 -00:02 0N 00:02
            q)`second$00:00:01.999 00:00:02.000 00:00:01.000 00:00:02.500
            00:00:01 00:00:02 00:00:01 00:00:02
            q)`minute$00:00:59.999 00:01:00.000 00:01:59.999 00:02:00.000 00:02:30.000 00:04:00.000 00:03:59.999 0Wt 00:04:00.000 00:05:00.000
            00:00 00:01 00:01 00:02 00:02 00:04 00:03 0W 00:04 00:05
            """);
    }

    @Test
    void aDateOutsideTheTimestampRangeCastsToAnInfinity() {
        // basics/datatypes.md#temporal
        assertTranscript("""
            q)`timestamp$1666.09.02
            -0Wp
            q)`timestamp$2300.01.01 2000.01.01
            0W 2000.01.01D00:00:00.000000000
            q)-0W 0Wp+1 -1
            1707.09.22D00:12:43.145224194 2292.04.10D23:47:16.854775806
            """);
    }

    @Test
    void partsAreIntsExceptWeekWhichIsTheMondayOfTheWeek() {
        assertTranscript("""
            q)`hh`uu`ss$03:55:58.11
            3 55 58i
            q)`year`dd`mm`hh`uu`ss$2015.10.28D03:55:58
            2015 28 10 3 55 58i
            q)`year$1999.12.31 0Nd
            1999 0Ni
            q)`mm$1999.12m
            12i
            q)`week$2020.01.01
            2019.12.30
            q)`week$2019.12.30
            2019.12.30
            """);
    }

    @Test
    void aPartATypeDoesNotHaveIsATypeError() {
        assertSignals("`hh$2000.01.02", "type");
        assertSignals("`year$1", "type");
    }
}
