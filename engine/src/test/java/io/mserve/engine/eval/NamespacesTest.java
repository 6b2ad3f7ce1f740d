package io.mserve.engine.eval;

import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** Namespaces are dictionaries, within one another (basics/namespaces.md). */
class NamespacesTest {

    @Test
    void referringToANamespaceCreatesItAndEveryNamespaceItIsIn() {
        // basics/namespaces.md#construction; kdb+ 4's q.k makes .q .Q .h .j .o in that order
        assertTranscript("""
            q)key `
            `q`Q`h`j`o
            q).fee.fi.fo:42
            q)key `
            `q`Q`h`j`o`fee
            q)key `.fee
            ``fi
            q)key `.fee.fi
            ``fo
            """);
    }

    @Test
    void aNamespaceWithinANamespaceIsADictionaryValue() {
        assertTranscript("""
            q).fee.fi.fo:42
            q).fee.fi
              | ::
            fo| 42
            q).fee.fi`fo
            42
            q).fee[`fi;`fo]
            42
            q)value `.fee.fi.fo
            42
            q).fee.fi.fum
            '.fee.fi.fum
            q)delete fo from `.fee.fi
            `.fee.fi
            q).fee.fi.fum:1
            q).fee.fi
               | ::
            fum| 1
            """);
    }

    @Test
    void dotQHoldsTheKeywordsQkDefinesForReverseLookup() {
        // basics/funsql.md (ltime and reciprocal are both %:), basics/parsetrees.md (.q?(+:), qfind)
        assertTranscript("""
            q).q`ltime
            %:
            q).q`reciprocal
            %:
            q).q?(+:)
            `flip
            q)qfind:{key[.q]where x~/:string value .q}
            q)qfind"~:"
            `not`hdel
            q)5#key .q
            ``neg`not`null`string
            """);
    }
}
