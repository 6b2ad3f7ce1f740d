package io.mserve.engine.parse;

import static io.mserve.engine.QSpec.assertPrints;

import org.junit.jupiter.api.Test;

/** Symbol literals: after a colon a symbol may hold slashes (a file handle, a URL). */
class SymbolLiteralTest {
    @Test
    void slashesFollowAColon() {
        assertPrints("`:dir/file", "`:dir/file");
        assertPrints("`http://www.example.com", "`http://www.example.com");
        assertPrints("count `a:b/c`d", "2");
    }

    @Test
    void withoutAColonASlashEndsTheSymbol() {
        assertPrints("`a / comment", "`a");
        assertPrints("{x+y}/[`a`b!1 2]", "3");
    }
}
