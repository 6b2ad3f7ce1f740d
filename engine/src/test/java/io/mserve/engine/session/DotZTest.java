package io.mserve.engine.session;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code .z} namespace (ref/dotz.md) and names that are not defined. */
class DotZTest {
    @Test
    void theClocksHaveTheirDocumentedTypes() {
        assertPrints("type each (.z.p;.z.P;.z.z;.z.Z;.z.d;.z.D;.z.t;.z.T;.z.n;.z.N)", "-12 -12 -15 -15 -14 -14 -19 -19 -16 -16h");
    }

    @Test
    void theClocksAreNowAndAgreeWithEachOther() {
        assertPrints(".z.p>2020.01.01D", "1b");
        assertPrints("(.z.p-2020.01.01D)<36500D", "1b");
        // .z.d is `date$.z.z, .z.t `time$.z.z, .z.n the time of day of .z.p: equal but across a tick
        assertPrints("(`date$.z.p)-.z.d", "0i");
        assertPrints("abs[(`time$.z.p)-.z.t]<1000", "1b");
        assertPrints("abs[(`timespan$`time$.z.z)-.z.n]<0D00:00:01", "1b");
    }

    @Test
    void localTimeIsUtcShiftedByTheOffsetOfBackslashO() {
        assertTranscript("""
                q)\\o -5
                q)\\o
                -5
                q)abs[(.z.p-.z.P)-0D05:00]<0D00:00:01
                1b
                q)\\o 390
                q)\\o
                390
                q)abs[(.z.P-.z.p)-0D06:30]<0D00:00:01
                1b
                """);
    }

    @Test
    void withoutAnOffsetTheMachinesIsUsedAndBackslashOShowsNull() {
        assertPrints("\\o", "0N");
    }

    @Test
    void dotZsIsTheRunningFunctionInEachFrameSoRecursionWorks() {
        assertPrints("{$[x<2;1;x*.z.s x-1]} 5", "120");
        assertTranscript("""
                q)fact:{$[x<=0;1;x*.z.s x-1]}
                q)fact[5]
                120
                q){.z.s}[]
                {.z.s}
                """);
        // an inner lambda's .z.s is the inner one; the outer's is unchanged after the call
        assertPrints("{g:{.z.s}; (g[]; .z.s)}[]", "{.z.s}\n{g:{.z.s}; (g[]; .z.s)}");
        assertPrints("{$[0h=type x;.z.s each x;x]} (1;(2;3))", "1\n2 3");
    }

    @Test
    void dotZsOutsideAFunctionIsUndefined() {
        assertSignals(".z.s", ".z.s");
    }

    @Test
    void unsetCallbacksSignalTheirNames() {
        for (String callback : List.of(".z.pi", ".z.exit", ".z.pc", ".z.pg", ".z.ps", ".z.po", ".z.pw", ".z.ts", ".z.ph")) {
            assertSignals(callback, callback);
        }
    }

    @Test
    void aCallbackOnceSetIsItsFunctionAndBackslashXExpungesIt() {
        assertTranscript("""
                q).z.pi
                '.z.pi
                q).z.pi:{">",.Q.s value x}
                q)2+3
                >5
                q)\\x .z.pi
                q)2+3
                5
                """);
    }

    @Test
    void undefinedNamesInAnyNamespaceSignalTheFullName() {
        assertSignals(".Q.addmon", ".Q.addmon");
        assertSignals(".z.zz", ".z.zz");
        assertSignals(".foo.bar", ".foo.bar");
        assertSignals("nosuch", "nosuch");
        assertSignals("nosuch.col", "nosuch.col");
        assertSignals(".z.p+.Q.nosuch", ".Q.nosuch");
    }

    @Test
    void aDocumentedFunctionTheEngineLacksSignalsNyiWhenApplied() {
        assertSignals("gtime 2020.01.01D", "nyi");
        assertSignals(".Q.bv[]", "nyi");
        assertPrints("(::)~.Q.bv", "0b");
    }

    @Test
    void aDictionarysEntriesAreStillReachedByDottedNames() {
        assertTranscript("""
                q)d:`a`b!1 2
                q)d.b
                2
                q).ns.d:`x`y!3 4
                q).ns.d.y
                4
                q)t:([]c:1 2)
                q)t.c
                1 2
                """);
    }

    @Test
    void theConsolesHandleAndUserAreThoseOfTheProcess() {
        assertPrints(".z.w", "0i");
        assertPrints(".z.u~`$first system\"whoami\"", "1b");
        assertThat(new Session().execute(".z.i")).isEqualTo(ProcessHandle.current().pid() + "i");
    }

    @Test
    void versionAndBuildAreThoseOfTheKdbEmulated() {
        assertPrints(".z.K", "4.1");
        assertPrints(".z.k", "2025.11.25");
        assertPrints(".z.k=.Q.K", "1b");
        assertPrints(".z.K=.Q.k", "1b");
        assertPrints(".z.o in `l64`l64arm`m64`w64`l32`m32`w32`v64", "1b");
    }

    @Test
    void theHostAndItsAddressAreThisMachines() {
        assertPrints("-11h=type .z.h", "1b");
        assertPrints("-6h=type .z.a", "1b");
        assertPrints(".z.c>0", "1b");
    }

    @Test
    void theCommandLineIsWhatTheSessionWasGiven() {
        Session s = new Session();
        s.commandLine("test.q", List.of("q", "test.q", "-P", "0", "-abc", "123"), List.of("-abc", "123"), false);
        assertThat(s.execute(".z.f")).isEqualTo("`test.q");
        assertThat(s.execute(".z.x")).isEqualTo("\"-abc\"\n\"123\"");
        assertThat(s.execute(".z.X")).isEqualTo(",\"q\"\n\"test.q\"\n\"-P\"\n,\"0\"\n\"-abc\"\n\"123\"");
        assertThat(s.execute(".z.q")).isEqualTo("0b");
    }

    @Test
    void withoutAScriptDotZfIsTheNullSymbolAndDotZxEmpty() {
        assertPrints(".z.f", "`");
        assertPrints(".z.x", "()");
    }

    @Test
    void noTlsGivesAnEmptyDictionaryAndNoLicenceAnEmptyList() {
        assertPrints(".z.e", "()!()");
        assertPrints(".z.l", "()");
    }
}
