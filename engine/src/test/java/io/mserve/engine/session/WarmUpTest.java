package io.mserve.engine.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.mserve.ipc.value.K;
import org.junit.jupiter.api.Test;

/** The warm-up a server runs before it listens: the engine's own script, every statement of it, in a session of its own. */
class WarmUpTest {
    @Test
    void everyStatementOfTheBundledScriptRuns() {
        // run() throws the first statement's error: a form the engine stopped answering would fail here
        assertThatCode(WarmUp::run).doesNotThrowAnyException();
    }

    @Test
    void nothingOfItStaysInAnotherSession() {
        Session server = new Session();
        try {
            server.evaluate("xs:til 3");
            K before = server.evaluate("key `.");
            WarmUp.run();
            assertThat(before.count()).isEqualTo(1);
            assertThat(server.evaluate("key `.")).isEqualTo(before);
        } finally {
            server.close();
        }
    }
}
