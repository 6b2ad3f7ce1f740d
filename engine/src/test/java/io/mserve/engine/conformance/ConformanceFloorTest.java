package io.mserve.engine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the q docs' console examples and holds the engine to the recorded floor. Raise the
 * floor in {@code conformance/floor.txt} whenever the engine passes more; it never goes down.
 */
class ConformanceFloorTest {
    private static final Path DIR = Path.of("src/test/resources/conformance");

    @Test
    void thePassCountNeverFallsBelowTheFloor() throws IOException {
        ByteArrayOutputStream failures = new ByteArrayOutputStream();
        ConformanceRunner.Result r;
        try (PrintStream report = new PrintStream(failures, true, StandardCharsets.UTF_8)) {
            r = new ConformanceRunner(Corpus.read(DIR.resolve("q-docs-public.jsonl")), report).run();
        }
        StringBuilder summary = new StringBuilder(r.summary()).append('\n');
        for (Map.Entry<String, int[]> e : r.byFamily().entrySet()) {
            summary.append(String.format("%-8s %5d passed %5d failed%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/conformance-failures.txt"), failures.toString(StandardCharsets.UTF_8));
        Files.writeString(Path.of("target/conformance-summary.txt"), summary);
        System.out.print(summary);
        int floor = Integer.parseInt(Files.readString(DIR.resolve("floor.txt")).strip());
        assertThat(r.passed()).as("conformance steps passed (floor %d; see target/conformance-failures.txt)", floor)
                .isGreaterThanOrEqualTo(floor);
    }

    @Test
    void stepsCompareLineByLineRightTrimmedAndErrorsByTheirFirstLine() {
        assertThat(ConformanceRunner.matches(new Corpus.Step("x", "1 2  \n3", false), "1 2\n3  ")).isTrue();
        assertThat(ConformanceRunner.matches(new Corpus.Step("x", "1 2", false), "1 3")).isFalse();
        assertThat(ConformanceRunner.matches(new Corpus.Step("x", "'type\n  [0] x", true), "'type")).isTrue();
        assertThat(ConformanceRunner.matches(new Corpus.Step("x", "", false), "")).isTrue();
    }

    @Test
    void aMalformedCorpusLineIsAClearError(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": \"a\", \"steps\": [{\"in\": 1}]}\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Corpus.read(bad))
                .isInstanceOf(IOException.class).hasMessageContaining("bad.jsonl:1");
        Path truncated = Files.writeString(dir.resolve("cut.jsonl"), "{\"id\": \"a\", \"steps\": [");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Corpus.read(truncated))
                .isInstanceOf(IOException.class).hasMessageContaining("not JSON");
    }
}
