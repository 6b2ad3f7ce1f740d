package io.mserve.engine.eval;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/**
 * Functions serialized ({@code -8!}) as kdb+ lays them out and read back ({@code -9!}) as
 * functions that run. Expected bytes are kdb+'s own (kb/serialization.md, qPython's kdb+
 * captures "QPY", mgkdb's "MG"); {@code 8_} drops the header.
 */
class FunctionWireTest {

    @Test
    void aLambdaTravelsAsItsContextAndItsText() {
        // kb/serialization.md: -8!{x+y}, and a lambda defined in .d
        assertTranscript("""
                q)\\c 25 200
                q)-8!{x+y}
                0x010000001500000064000a00050000007b782b797d
                q)\\d .d
                q)test:{x+y}
                q)\\d .
                q)-8!.d.test
                0x01000000160000006464000a00050000007b782b797d
                """);
    }

    @Test
    void nativePrimitivesTravelAsTheirKdbCodes() {
        // 101 unary, 102 operator, 103 iterator; not 650f and and 6605 (QPY), like 6619, the rest MG's tables
        assertTranscript("""
                q)\\c 25 200
                q)8_-8!(::)
                0x6500
                q)8_-8!not
                0x650f
                q)8_-8!(neg;count;first;value;get;hdel;key;enlist;sum;var;dev)
                0x00000b0000006502650d650365136513650f651065296519652a652b
                q)8_-8!((+);(&);and;like;insert;cor;(0:);(~);or;mmu)
                0x00000a0000006601660566056619661c66246614660f6606660b
                q)8_-8!(-:)
                0x6502
                q)8_-8!(#:)
                0x650d
                """);
    }

    @Test
    void keywordsKdbDefinesInQTravelAsTheirDefinitions() {
        // raze ,/ sums +\ prev :': any max"b"$ md5 -15! (QPY); prds, deltas and all by the same q.k rules
        assertTranscript("""
                q)\\c 25 200
                q)8_-8!raze
                0x6b660c
                q)8_-8!sums
                0x6c6601
                q)8_-8!prev
                0x6d6600
                q)8_-8!prds
                0x6c6603
                q)8_-8!deltas
                0x6d6602
                q)8_-8!any
                0x6902000000651c6802000000660bf662
                q)8_-8!all
                0x6902000000651b6802000000660bf662
                q)8_-8!md5
                0x68020000006610f9f1ffffffffffffff
                """);
    }

    @Test
    void aProjectionCarriesItsFunctionThenItsArgumentsWithEachHoleAs65ff() {
        // {x+y}[3] and insert[1] (QPY), {x+y+z}[1;;2] (MG): no trailing hole unless written
        assertTranscript("""
                q)\\c 25 200
                q)8_-8!{x+y}[3]
                0x680200000064000a00050000007b782b797df90300000000000000
                q)8_-8!insert[1]
                0x6802000000661cf90100000000000000
                q)8_-8!{x+y+z}[1;;2]
                0x680400000064000a00070000007b782b792b7a7df9010000000000000065fff90200000000000000
                q)8_-8!{x+y+z}[;2;]
                0x680400000064000a00070000007b782b792b7a7d65fff9020000000000000065ff
                """);
    }

    @Test
    void derivedFunctionsAndCompositionsCarryTheirParts() {
        // an iterator's type is 106 + its code; a composition holds its functions outer first
        assertTranscript("""
                q)\\c 25 200
                q)8_-8!(+/)
                0x6b6601
                q)8_-8!({x}')
                0x6a64000a00030000007b787d
                q)8_-8!(,/:)
                0x6e660c
                q)8_-8!('[neg;+])
                0x690200000065026601
                """);
    }

    @Test
    void keywordsKdbWritesInKTravelAsLambdasThatApplyTheName() {
        // kdb+ sends these as k lambdas in context q; ours apply the keyword, and hopen is {hopen x} (ref/hopen.md);
        // lsq and inv too, whose codes (! and !:) this engine would read back as ! and key
        assertTranscript("""
                q)\\c 25 200
                q)8_-8!til
                0x6471000a00070000007b74696c20787d
                q)8_-8!(xbar)
                0x6471000a000b0000007b786261725b783b795d7d
                q)8_-8!.Q.s
                0x6451000a00080000007b2e512e7320787d
                q)8_-8!hopen
                0x64000a00090000007b686f70656e20787d
                q)8_-8!(lsq)
                0x6471000a000a0000007b6c73715b783b795d7d
                q)8_-8!inv
                0x6471000a00070000007b696e7620787d
                """);
    }

    @Test
    void whatTravelsComesBackAsTheSameFunction() {
        assertTranscript("""
                q)fs:({x+y};neg;(-:);(+);til;(xbar);raze;any;md5;{x+y}[;2];(+/);({x}');'[neg;+];(<>);insert[1];hopen;.Q.s)
                q)fs~-9!-8!fs
                1b
                q)all {x~-9!-8!x} each fs
                1b
                q)-9!-8!til
                til
                q)-9!-8!(-:)
                -:
                q)neg~-9!-8!(-:)
                1b
                """);
    }

    @Test
    void aReceivedFunctionRuns() {
        assertTranscript("""
                q)(-9!-8!{x+y})[1;2]
                3
                q)(-9!-8!til) 3
                0 1 2
                q)(-9!-8!+[;2]) 1
                3
                q)(-9!-8!(+/)) 1 2 3
                6
                q)(-9!-8!(<>))[1;2]
                1b
                q)(-9!-8!(xbar))[5;12]
                10
                q)(-9!-8!({x*2}')) 1 2
                2 4
                """);
    }

    @Test
    void aReceivedLambdaResolvesItsGlobalsInItsContext() {
        assertTranscript("""
                q)\\d .d
                q)a:10
                q)f:{x+a}
                q)\\d .
                q)a:1
                q)(-9!-8!.d.f) 5
                15
                """);
    }

    @Test
    void aLambdaKdbWroteInKShowsAndTravelsAsItCameButDoesNotRunHere() {
        assertTranscript("""
                q)\\c 25 200
                q)k:-9!0x01000000180000006471000a00070000006b297b7827797d
                q)k
                k){x'y}
                q)type k
                100h
                q)-8!k
                0x01000000180000006471000a00070000006b297b7827797d
                q)k[neg;1 2]
                'nyi
                """);
    }

    @Test
    void textThatIsNoLambdaIsABadLambda() {
        // basics/errors.md: 'bad lambda, a lambda over IPC that does not parse
        assertTranscript("""
                q)-9!0x010000001300000064000a0003000000782b31
                'bad lambda
                q)-9!0x010000001700000064000a00070000007b787d3b7b797d
                'bad lambda
                q)-9!0x010000001200000064000a00020000007b78
                'bad lambda
                """);
    }

    @Test
    void aCodeKdbDoesNotHaveIsATypeErrorAndOneThisEngineLacksIsNyi() {
        assertTranscript("""
                q)-9!0x010000000a0000006530
                'type
                q)-9!0x010000000a0000006625
                'type
                q)-9!0x010000000a0000006706
                'type
                q)-9!0x010000000a0000006516
                'nyi
                q)-9!0x010000000a0000006616
                'nyi
                q)-9!0x01000000140000007064000a00030000007b787d
                'nyi
                """);
    }

    @Test
    void malformedFunctionBodiesAreErrorsNotTraces() {
        // a projection of nothing, a projection of data, a truncated lambda, a lambda whose text is no string
        assertTranscript("""
                q)-9!0x010000000d0000006800000000
                'type
                q)-9!0x010000001d000000680200000007000100000001000000000000006500
                'type
                q)-9!0x010000001400000064000a00030000007b78
                'type
                q)-9!0x010000000c0000006400f901
                'type
                """);
    }

    @Test
    void functionsMatchWhenTheyAreAlike() {
        assertTranscript("""
                q){x}~{x}
                1b
                q){x}~{x }
                0b
                q)neg~(-:)
                1b
                q)(+)~(-)
                0b
                q){x+y}[;2]~{x+y}[;2]
                1b
                q){x+y}[;2]~{x+y}[;3]
                0b
                """);
    }
}
