package io.mserve.engine.ops.enumeration;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/**
 * Making enumerations with {@code $ ? !} and what they are: type 20, their domain's name as key,
 * their symbols as value, their indices as ints or longs (ref/enumerate.md, enum-extend.md,
 * enumeration.md, basics/enumerations.md).
 */
class EnumerationsTest {

    @Test
    void enumerateGivesTheDomainAndTheIndicesBehindTheSymbols() {
        assertTranscript("""
            q)d:`a`b`c
            q)y:`a`b`c`b`a`b`c`c`c`c`c`c`c
            q)show e:`d$y;
            `d$`a`b`c`b`a`b`c`c`c`c`c`c`c
            q)"i"$e
            0 1 2 1 0 1 2 2 2 2 2 2 2i
            q)`long$e
            0 1 2 1 0 1 2 2 2 2 2 2 2
            q)type e
            20h
            q)key e
            `d
            q)value e
            `a`b`c`b`a`b`c`c`c`c`c`c`c
            """);
    }

    @Test
    void anEnumerationReadsItsDomainAsItIsNow() {
        assertTranscript("""
            q)d:`a`b`c
            q)e:`d$`a`b`c`b
            q)d[0]:`o
            q)e
            `d$`o`b`c`b
            q)value e
            `o`b`c`b
            q)"i"$e
            0 1 2 1i
            """);
    }

    @Test
    void enumerateSignalsCastForASymbolNotInTheDomain() {
        assertTranscript("""
            q)y:`a`b`c`b`a`b`c`c`c`c`c`c`c
            q)x:`a`b
            q)`x$y
            'cast
            """);
    }

    @Test
    void enumExtendAddsTheMissingSymbolsToTheDomain() {
        assertTranscript("""
            q)foo:`a`b
            q)`foo?`a`b`c`b`a`b`c`c`c`c`c`c`c
            `foo$`a`b`c`b`a`b`c`c`c`c`c`c`c
            q)foo
            `a`b`c
            q)sym:()
            q)`sym?`c`b`a
            `sym$`c`b`a
            q)sym
            `c`b`a
            """);
    }

    @Test
    void enumExtendKeepsTheAttributeAndEnumerateDropsIt() {
        assertTranscript("""
            q)y:`a`b`c`b`a`b`c`c`c`c`c`c`c
            q)foo:`a`b
            q)`foo?`g#y
            `g#`foo$`g#`a`b`c`b`a`b`c`c`c`c`c`c`c
            q)`foo$`g#y
            `foo$`a`b`c`b`a`b`c`c`c`c`c`c`c
            """);
    }

    @Test
    void enumerationFromIndicesNamesTheItemsAtThosePositions() {
        assertTranscript("""
            q)x:`a`b`c`d
            q)`x!1 2 3
            `x$`b`c`d
            q)y:`a`b`c`b`a
            q)x:`a`b`c
            q)e:"i"$x?y
            q)`x!e
            `x$`a`b`c`b`a
            """);
    }

    @Test
    void everyEnumerationOverANamedVariableIsType20() {
        assertTranscript("""
            q)type `sym$10?sym:`AAPL`AIG`GOOG`IBM
            20h
            q)type `city$10?city:`london`paris`rome
            20h
            q)type first `city$`rome
            -20h
            """);
    }

    @Test
    void enumerationFromIndicesIsUniformAndNeedsNoDomainYet() {
        assertTranscript("""
            q)(type a:`sym?`a`b;type `zym!4000000000)
            20 -20h
            q)x:`a`b`c`d
            q)`x!2
            `x$`c
            """);
    }

    @Test
    void anAtomShowsItsDomainAndSymbol() {
        assertTranscript("""
            q)sym:`a`b
            q)`sym$`b
            `sym$`b
            q)`sym$enlist `a
            `sym$,`a
            q)0#`sym$`a`b
            `sym$`symbol$()
            q)-3!`sym$`a`b
            "`sym$`a`b"
            """);
    }

    @Test
    void aNullSymbolInTheDomainIsNoNull() {
        assertTranscript("""
            q)a:``a
            q)`=`a$`
            1b
            q)null`
            1b
            q)null`a$`
            0b
            """);
    }

    @Test
    void theUniqueAttributeOfADomainSurvivesItsGrowth() {
        assertTranscript("""
            q)p:`AAPL`AAPL`GE`IBM`GE`IBM`GE`GOOG`GE`IBM`AAPL
            q)x:`u#distinct p
            q)e:`x$p
            q)"i"$e
            0 0 1 2 1 2 1 3 1 2 0i
            q)p,:`FB
            q)e:`x$p
            'cast
            q)e:`x?p
            q)e
            `x$`AAPL`AAPL`GE`IBM`GE`IBM`GE`GOOG`GE`IBM`AAPL`FB
            q)x
            `u#`AAPL`GE`IBM`GOOG`FB
            """);
    }

    @Test
    void enumeratingAgainstWhatIsNoDomainIsATypeError() {
        assertSignals("n:1 2 3;`n?`a", "type");
        assertPrints("sym:`a`b;`long$`sym$`b`a`b", "1 0 1");
    }
}
