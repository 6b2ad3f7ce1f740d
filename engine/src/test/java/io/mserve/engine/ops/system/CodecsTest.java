package io.mserve.engine.ops.system;

import static io.mserve.engine.QSpec.assertPrints;
import static io.mserve.engine.QSpec.assertSignals;
import static io.mserve.engine.QSpec.assertTranscript;

import org.junit.jupiter.api.Test;

/** {@code .Q.sha1 .Q.btoa .Q.atob .Q.gz} (ref/dotq.md). */
class CodecsTest {
    @Test
    void digestAndBase64() {
        assertPrints(".Q.sha1\"Hello World!\"", "0x2ef7bde608ce5404e97d5f042f95f89f1c232871");
        assertPrints(".Q.btoa\"Hello World!\"", "\"SGVsbG8gV29ybGQh\"");
        assertPrints("10h$.Q.atob \"aGVsbG8=\"", "\"hello\"");
        assertPrints(".Q.atob \"aGVsbG8=\"", "0x68656c6c6f");
        assertPrints(".Q.atob 0x614756736247383d", "0x68656c6c6f");
        assertPrints(".Q.atob \"\"", "`byte$()");
    }

    @Test
    void base64ThatIsNotPaddedOrNotBase64IsADomainError() {
        assertSignals(".Q.atob \"aGVsbG8\"", "domain");
        assertSignals(".Q.atob enlist\"a\"", "domain");
        assertSignals(".Q.atob \"aGVs*G8=\"", "domain");
        assertSignals(".Q.atob 42", "type");
    }

    @Test
    void gzipAtALevelAndBack() {
        assertTranscript("""
                q).Q.gz{0N!count x;x}[.Q.gz(9;10000#"helloworld")]
                66
                "helloworldhelloworldhelloworldhelloworldhelloworldhelloworldhelloworldhellow..
                q).Q.gz[::]
                1b
                q)x:1000#0x0102
                q)x~.Q.gz .Q.gz(6;x)
                1b
                q)type .Q.gz(1;x)
                4h
                """);
    }

    @Test
    void malformedOrTruncatedGzipIsADomainError() {
        assertSignals(".Q.gz \"not gzip\"", "domain");
        assertSignals(".Q.gz 20#.Q.gz(9;1000#\"ab\")", "domain");
        assertSignals(".Q.gz(10;\"ab\")", "domain");
        assertSignals(".Q.gz 42", "type");
    }
}
