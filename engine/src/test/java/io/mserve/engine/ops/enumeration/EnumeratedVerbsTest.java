package io.mserve.engine.ops.enumeration;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/**
 * Verbs on enumerations: those that pick items keep the enumeration, those that compare items
 * compare the symbols they stand for, Join follows join.md, Match tells domains apart (match.md).
 */
class EnumeratedVerbsTest {
    private static final String SYM = "q)sym:`a`b`c\nq)e:`sym$`b`a`c`a\n";

    @Test
    void comparisonsAndSearchesSeeTheSymbols() {
        assertTranscript(SYM + """
            q)e=`a
            0101b
            q)e<>`a
            1010b
            q)e<`b
            0101b
            q)e in `a`c
            0111b
            q)`a`c in e
            11b
            q)e?`c
            2
            q)`c`a?e
            2 1 0 1
            q)e like "a*"
            0101b
            q)string e
            ,"b"
            ,"a"
            ,"c"
            ,"a"
            """);
    }

    @Test
    void verbsThatPickItemsKeepTheEnumeration() {
        assertTranscript(SYM + """
            q)first e
            `sym$`b
            q)e 0 1
            `sym$`b`a
            q)2#e
            `sym$`b`a
            q)1_e
            `sym$`a`c`a
            q)reverse e
            `sym$`a`c`a`b
            q)distinct e
            `sym$`b`a`c
            q)e except `a
            `sym$`b`c
            q)e where e<>`a
            `sym$`b`c
            q)count e
            4
            q){x} each e
            `sym$`b`a`c`a
            """);
    }

    @Test
    void groupKeysAnEnumerationShownAsItsSymbols() {
        assertTranscript(SYM + """
            q)group e
            b| ,0
            a| 1 3
            c| ,2
            q)key group e
            `sym$`b`a`c
            """);
    }

    @Test
    void sortingOrdersBySymbolNotByIndex() {
        assertTranscript("""
            q)sym:`c`b`a
            q)e:`sym$`a`c`b`a
            q)iasc e
            0 3 2 1
            q)e iasc e
            `sym$`a`a`b`c
            q)idesc e
            1 2 0 3
            """);
    }

    @Test
    void joinKeepsOneDomainAndDropsToSymbolsOtherwise() {
        assertTranscript("""
            q)sym:`a`b
            q)sym2:`b`c`d
            q)(`sym$`b),`sym2$`b
            `sym$`b
            `sym2$`b
            q)(`sym$`b),`b
            `sym$`b
            `b
            q)`b,(`sym$`b)
            `b
            `sym$`b
            q)(`sym$`a`b),`sym2$`b`c
            `a`b`b`c
            q)(`sym$`a),`c`d
            `a`c`d
            q)(`sym$`a`b),`c
            `a`b`c
            q)`a,`sym2$`b`c
            `a`b`c
            q)`a`b,`sym2$`c
            `a`b`c
            q)(`sym$`a`b),`sym$`b
            `sym$`a`b`b
            q)raze (`sym$`a`b;`sym$`b)
            `sym$`a`b`b
            q)raze (`sym$`a`b;`b)
            `a`b`b
            """);
    }

    @Test
    void appendEnumeratesIntoTheTargetsDomain() {
        assertTranscript("""
            q)sym:`a`b
            q)e:`sym$`a`b
            q)e,:`b
            q)e
            `sym$`a`b`b
            q)e,:`c
            'cast
            q)s:`a`c
            q)s,:`sym$`b
            q)s
            `a`c`b
            q)e[0]:`b
            q)e
            `sym$`b`b`b
            q)e[0]:`z
            'cast
            """);
    }

    @Test
    void equalComparesValuesAcrossDomainsMatchDoesNot() {
        assertTranscript("""
            q)l1:`a`b`c
            q)l2:`a`b`c
            q)(`l1$`a)~`l2$`a
            0b
            q)(`l1$`a)=`l2$`a
            1b
            q)(`l1$`a`b)~`l1$`a`b
            1b
            q)(`l1$`a`b)~`a`b
            0b
            """);
    }

    @Test
    void aDictionaryWithEnumeratedKeysIsLookedUpBySymbol() {
        assertTranscript(SYM + """
            q)d:(distinct e)!10 20 30
            q)d`a
            20
            q)d
            b| 10
            a| 20
            c| 30
            """);
    }

    @Test
    void atomicVerbsOnSymbolsFailAsTheyDoOnSymbols() {
        assertPrints("sym:`a`b;(`sym$`a`b)+1", "'type");
    }
}
