package io.mserve.engine.ops.compare;

import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** = <> < > <= >= compare underlying values across types, atomically, with nulls least (basics/comparison.md). */
class ComparisonTest {

    @Test
    void numbersCompareByValueWhateverTheirTypes() {
        assertTranscript("""
            q)1 2 3=1 5 3
            101b
            q)1 2 3<>1 5 3
            010b
            q)1 2 3<2
            100b
            q)1 2 3<=2
            110b
            q)1 2 3>=2
            011b
            q)0>(1i;-2;0h;1b;0N;-0W)
            010011b
            q)1i=1f
            1b
            q)1.5e<2
            1b
            q)1b=1
            1b
            """);
    }

    @Test
    void floatsCompareWithinToleranceAndNullsAreEqualAndLeast() {
        assertTranscript("""
            q)0.3=0.1+0.2
            1b
            q)(0.1+0.2)<0.3
            0b
            q)0n=0n
            1b
            q)0n<-0w
            1b
            q)0N<-0W
            1b
            q)0Ni=0N
            1b
            q)0N=0n
            1b
            q)0w=0w
            1b
            q)1f<0w
            1b
            """);
    }

    @Test
    void symbolsCompareLexicallyAndCharactersByCode() {
        assertTranscript("""
            q)`a<`b
            1b
            q)`a=`a`b
            10b
            q)`abc`ab`>`ab
            100b
            q)"abc"="abd"
            110b
            q)"a"<"\\310"
            1b
            """);
    }

    @Test
    void aSymbolAndANumberDoNotCompare() {
        assertSignals("`a=1", "type");
    }

    @Test
    void temporalValuesCompareAsPointsInTime() {
        assertTranscript("""
            q)2000.01.02=2000.01.02D00:00:00.000000000
            1b
            q)2000.01.02<2000.01.02D00:00:00.000000001
            1b
            q)00:01=00:01:00
            1b
            q)2000.02m=2000.02.01
            1b
            q)2000.01.02=2000.01.02T00:00:00.000
            1b
            q)2000.01.01 2001.01.01<2000.06.01
            10b
            """);
    }

    @Test
    void aPointInTimeMeetsATimeOfDayAsItsTimeOfDay() {
        // basics/comparison.md: `minute$2024.11.01D09:29:15.000000000 becomes 09:29
        assertTranscript("""
            q)2016.09.06D09:29:15.000000000 2016.09.06D09:30:01.000000000>09:29
            01b
            q)2024.10.07D20:00:00.000603286=20:00:00.000
            1b
            q)2024.10.07T20:00:00.000<20:00:01
            1b
            q)20:00:00.000603286>20:00:00.000
            1b
            q)09:29<09:29:15
            1b
            """);
    }

    @Test
    void aMonthOrDateDoesNotMeetADurationOrATimeOfDay() {
        assertSignals("2024.10.07<12:00", "type");
        assertSignals("2024.10m=0D12:00:00.000000000", "type");
        assertSignals("2024.10m<2024.10.07T12:00:00.000", "type");
    }

    @Test
    void comparisonIsAtomicOverGeneralListsAndDictionaries() {
        assertTranscript("""
            q)(1;1 2)=1
            1b
            10b
            q)(`a`b!1 2)=2
            a| 0
            b| 1
            """);
    }

    @Test
    void listsOfDifferentCountsAreALengthError() {
        assertSignals("1 2=1 2 3", "length");
    }
}
