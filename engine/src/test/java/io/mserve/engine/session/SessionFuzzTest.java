package io.mserve.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.engine.fuzz.QTextInputs;
import io.mserve.engine.fuzz.SessionTrial;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzed q text (mutated corpus lines, the token grammar) gives a value or a q error within the
 * time bound, the session keeps working, and no Java exception is behind an error. The budget
 * here is CI's, with fixed seeds so that a build fails only for a change;
 * io.mserve.bench.fuzz.EngineFuzzRun draws the same kinds of input for longer from any seed.
 */
class SessionFuzzTest {
    private static SessionTrial fresh;
    private static SessionTrial longLived;

    @BeforeContainer
    static void start() {
        fresh = new SessionTrial(true);
        longLived = new SessionTrial(false);
    }

    @AfterContainer
    static void stop() {
        fresh.close();
        longLived.close();
    }

    @Provide
    Arbitrary<String> corpusMutants() {
        return QTextInputs.corpusMutants();
    }

    @Provide
    Arbitrary<String> grammar() {
        return QTextInputs.grammar();
    }

    @Property(tries = 1000, seed = "11")
    void aMutatedCorpusLineGivesAValueOrAQErrorInAFreshSession(@ForAll("corpusMutants") String text) {
        assertThat(fresh.run(text)).as("q)%s", text).isNull();
    }

    @Property(tries = 1000, seed = "11")
    void grammarTextGivesAValueOrAQErrorInAFreshSession(@ForAll("grammar") String text) {
        assertThat(fresh.run(text)).as("q)%s", text).isNull();
    }

    @Property(tries = 1500, seed = "11")
    void aLongLivedSessionSurvivesEveryFuzzedInput(@ForAll("corpusMutants") String mutant, @ForAll("grammar") String text) {
        assertThat(longLived.run(mutant)).as("q)%s", mutant).isNull();
        assertThat(longLived.run(text)).as("q)%s", text).isNull();
    }
}
