package io.mserve.engine.ops.system;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;

import org.junit.jupiter.api.Test;

/** {@code !} with a negative integer on its left calls an internal function (basics/internal.md). */
class InternalFunctionsTest {

    @Test
    void minusFourGivesTheTokensOfTextWithTheBlanksBetweenThem() {
        assertPrints("-4!\"select this from that\"", """
            "select"
            ," "
            "this"
            ," "
            "from"
            ," "
            "that\"""");
        assertPrints("-4!\"a variable named aa_bb\"", """
            ,"a"
            ," "
            "variable"
            ," "
            "named"
            ," "
            "aa_bb\"""");
        assertSignals("-4!42", "type");
        assertPrints("-4!\"\"", "()");
        assertPrints("count -4!100000#\"a \"", "100000");
    }

    @Test
    void minusTwentySevenFormatsFloatsToDecimalPlacesRoundingTheBinaryValue() {
        assertPrints("-27!(3i;0 1+123456789.4567)", """
            "123456789.457"
            "123456790.457\"""");
        // .045 is 0.044999999999999998 in binary, so it rounds down where .Q.f rounds up
        assertPrints("-27!(2i;.045)", "\"0.04\"");
        assertSignals("-27!(2;.045)", "type");
        assertSignals("-27!(2i;`a)", "type");
    }

    @Test
    void anInternalFunctionAKeywordReplacedIsThatKeyword() {
        // -1! hsym, -2! attr, -6! eval, -15! md5
        assertPrints("-1!`a", "`:a");
        assertPrints("-2!`s#1 2", "`s");
        assertPrints("-6!(+;1;2)", "3");
        assertPrints("-15!\"a\"", "0x0cc175b9c0f1b6a831c399e269772661");
    }

    @Test
    void anInternalFunctionTheEngineLacksIsNotYetImplementedNotADictionary() {
        assertSignals("-10!20h", "nyi");
        assertSignals("-120!1", "nyi");
    }
}
