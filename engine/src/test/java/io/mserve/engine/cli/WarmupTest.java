package io.mserve.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.ConfigFactory;
import io.mserve.engine.session.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The warm-up's statements all answer (none signals), so that a server's warm-up reaches every kernel it names. */
class WarmupTest {
    @Test
    void everyStatementOfTheWarmupAnswersWithoutAnError() {
        List<String> lines = Warmup.lines();
        assertThat(lines).hasSizeGreaterThan(4);
        Session session = new Session();
        try {
            for (String line : lines) {
                assertThat(session.execute(line)).as(line).doesNotStartWith("'");
            }
            assertThat(session.execute("count t")).isEqualTo("200000");
        } finally {
            session.close();
        }
    }

    @Test
    void theWarmupRunsUnlessThePropertySaysFalse() {
        assertThat(Warmup.enabled(null)).isTrue();
        assertThat(Warmup.enabled("true")).isTrue();
        assertThat(Warmup.enabled("false")).isFalse();
        assertThat(Warmup.enabled("FALSE")).isFalse();
    }

    @Test
    void theEnginesReferenceTurnsTheWarmupOn() {
        assertThat(Warmup.enabled(ConfigFactory.defaultReference().getString("mserve.warmup"))).isTrue();
    }
}
