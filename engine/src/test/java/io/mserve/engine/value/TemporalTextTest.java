package io.mserve.engine.value;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** The text of each temporal type, as the console shows it and as q reads it back (basics/datatypes.md). */
class TemporalTextTest {

    @Test
    void eachTypeShowsItsUnderlyingCountFromTheMillennium() {
        assertTranscript("""
            q)"p"$0
            2000.01.01D00:00:00.000000000
            q)"p"$42
            2000.01.01D00:00:00.000000042
            q)"p"$-1
            1999.12.31D23:59:59.999999999
            q)13h$42
            2003.07m
            q)13h$-1
            1999.12m
            q)14h$42
            2000.02.12
            q)14h$-365
            1999.01.01
            q)15h$42
            2000.02.12T00:00:00.000
            q)15h$1+1000%86400
            2000.01.02T00:16:40.000
            """);
    }

    @Test
    void timespansAndTimesShowSignedDurations() {
        assertTranscript("""
            q)16h$42
            0D00:00:00.000000042
            q)16h$-1000000000
            -0D00:00:01.000000000
            q)16h$(3*86400000000000)+3600000000000
            3D01:00:00.000000000
            q)17h$42
            00:42
            q)17h$1500
            25:00
            q)18h$42
            00:00:42
            q)19h$42
            00:00:00.042
            q)19h$-1000
            -00:00:01.000
            """);
    }

    @Test
    void nullsAndInfinitiesShowWithoutTheirLetterInsideAVector() {
        assertTranscript("""
            q)2000.01.01,0Nd
            2000.01.01 0N
            q)2000.01.01D00:00:00.000000000,0Wp
            2000.01.01D00:00:00.000000000 0W
            """);
    }

    @Test
    void literalsReadAsTheyShow() {
        assertTranscript("""
            q)2003.07m
            2003.07m
            q)"j"$2003.07m
            42
            q)"j"$2000.01.01D00:00:00.000000042
            42
            q)"j"$2000.01.02D12:00
            129600000000000
            q)"j"$2000.01.01D12:00:00.5
            43200500000000
            q)"j"$3D01
            262800000000000
            q)"j"$-0D00:00:01.000000000
            -1000000000
            q)"i"$12:34
            754i
            q)"i"$12:34:56
            45296i
            q)"i"$12:34:56.789
            45296789i
            q)"f"$2000.01.02T12
            1.5
            q)-0Wu
            -0Wu
            """);
    }

    @Test
    void temporalStringsParseAndAnImpossibleValueIsNull() {
        assertTranscript("""
            q)"D"$"2000.02.12"
            2000.02.12
            q)"D"$"20000212"
            2000.02.12
            q)"D"$"2000-02-12"
            2000.02.12
            q)"D"$"2000.02.30"
            0Nd
            q)"D"$"not a date"
            0Nd
            q)"M"$"2003.07"
            2003.07m
            q)"N"$"0W"
            0Wn
            q)"N"$"00:00:01"
            0D00:00:01.000000000
            q)"P"$"2000.01.02"
            2000.01.02D00:00:00.000000000
            q)"T"$"12:00"
            12:00:00.000
            q)"T"$"12:60"
            0Nt
            """);
    }
}
