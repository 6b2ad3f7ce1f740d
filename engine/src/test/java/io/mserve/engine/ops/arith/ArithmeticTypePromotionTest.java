package io.mserve.engine.ops.arith;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The result type of an arithmetic operator on two atoms, as the reference's domain tables give it (ref/add.md and its siblings). */
class ArithmeticTypePromotionTest {
    // An atom of each type by its letter in the tables.
    private static final Map<Character, String> ATOM = Map.ofEntries(
            Map.entry('b', "1b"), Map.entry('x', "0x02"), Map.entry('h', "2h"), Map.entry('i', "2i"), Map.entry('j', "2"),
            Map.entry('e', "2e"), Map.entry('f', "2f"), Map.entry('c', "\"a\""), Map.entry('s', "`a"),
            Map.entry('p', "2000.01.01D00:00:00.000000002"), Map.entry('m', "2000.03m"), Map.entry('d', "2000.01.03"),
            Map.entry('z', "2000.01.03T00:00:00.000"), Map.entry('n', "0D00:00:00.000000002"), Map.entry('u', "00:02"),
            Map.entry('v', "00:00:02"), Map.entry('t', "00:00:00.002"));
    private static final String LETTERS = " bg xhijefcspmdznuvt";

    // x, y and the table's letter for the result ('.' where the table has none: a type error).
    @ParameterizedTest(name = "{1} {0} {2} is {3}")
    @CsvSource({
        "+,b,b,i", "+,b,j,j", "+,x,h,i", "+,i,j,j", "+,j,e,e", "+,e,f,f", "+,i,f,f", "+,c,j,.", "+,c,f,f",
        "+,s,j,.", "+,d,j,d", "+,d,t,p", "+,d,n,p", "+,m,j,m", "+,m,m,i", "+,p,n,p", "+,p,d,.", "+,u,v,v",
        "+,z,t,z", "+,d,f,z", "+,t,i,t", "+,n,n,n",
        "-,p,p,n", "-,d,d,i", "-,m,m,i", "-,z,z,f", "-,b,c,i", "-,t,t,t",
        "*,n,j,n", "*,p,p,.", "*,f,n,f", "%,j,j,f", "%,d,d,f", "%,s,j,.",
        "mod,p,j,n", "mod,e,j,f", "mod,d,j,i", "div,h,j,i", "div,f,j,f", "div,d,j,d",
        "&,b,b,b", "&,c,c,c", "&,i,j,j", "|,h,f,f", "&,d,j,d",
    })
    void theResultTypeIsTheTablesEntryAndAMissingEntryIsATypeError(String verb, char x, char y, char result) {
        String input = "type " + ATOM.get(x) + " " + verb + " " + ATOM.get(y);
        if (result == '.') {
            assertSignals(input, "type");
        } else {
            assertPrints(input, "-" + LETTERS.indexOf(result) + "h");
        }
    }
}
