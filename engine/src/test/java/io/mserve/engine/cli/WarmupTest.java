package io.mserve.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.session.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The warm-up's queries all answer (none signals), so that a server's warm-up reaches every kernel it names. */
class WarmupTest {
    @Test
    void everyQueryOfTheWarmupAnswersWithoutAnError() {
        List<String> lines = Warmup.lines();
        Session session = new Session();
        try {
            for (String line : lines.subList(0, lines.size() - 1)) {
                assertThat(session.execute(line)).as(line).doesNotStartWith("'");
            }
            assertThat(session.execute("count qs")).isEqualTo("993");
            assertThat(session.execute("qs where {@[{value x;0b};x;1b]} each qs")).isEqualTo("()");
            assertThat(lines.get(lines.size() - 1)).isEqualTo("{value x} each qs");
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
}
