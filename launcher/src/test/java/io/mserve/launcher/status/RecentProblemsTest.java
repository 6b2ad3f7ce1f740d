package io.mserve.launcher.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.mserve.launcher.status.RecentProblems.Problem;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class RecentProblemsTest {
    private static final Logger log = LoggerFactory.getLogger("io.mserve.test.Somewhere");

    @Test
    void keepsTheLastWarningsAndErrorsNewestFirstAndNothingQuieter() {
        RecentProblems problems = new RecentProblems(2);
        Runnable stop = problems.collect();
        try {
            log.info("not a problem");
            log.warn("first {}", 1);
            log.error("second", new IllegalStateException("boom"));
            log.warn("third");
        } finally {
            stop.run();
        }
        log.warn("after detaching");

        assertThat(problems.lines()).extracting(Problem::level, Problem::logger, Problem::message)
                .containsExactly(tuple("WARN", "Somewhere", "third"),
                        tuple("ERROR", "Somewhere", "second"));
        assertThat(problems.lines().get(0).time()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*Z");
    }
}
