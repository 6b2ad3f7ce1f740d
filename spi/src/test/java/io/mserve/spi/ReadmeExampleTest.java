package io.mserve.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's example project is a copy of examples/strategy-plugin, which the reactor builds and tests. */
class ReadmeExampleTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "strategy-plugin");
    private static final Pattern SHOWN = Pattern.compile("#### `examples/strategy-plugin/([^`]+)`\n\n```[a-z]*\n(.*?)```\n",
            Pattern.DOTALL);

    private static Map<String, String> shown() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        Matcher matcher = SHOWN.matcher(Files.readString(Path.of("README.md")));
        while (matcher.find()) {
            files.put(matcher.group(1), matcher.group(2));
        }
        return files;
    }

    @Test
    void everyFileShownIsTheExampleProjectsFileWordForWord() throws IOException {
        Map<String, String> shown = shown();
        assertThat(shown).isNotEmpty();
        for (Map.Entry<String, String> file : shown.entrySet()) {
            assertThat(file.getValue()).as(file.getKey()).isEqualTo(Files.readString(EXAMPLE.resolve(file.getKey())));
        }
    }

    @Test
    void everySourceOfTheExampleProjectIsShown() throws IOException {
        List<String> sources;
        try (Stream<Path> files = Files.walk(EXAMPLE.resolve("src"))) {
            sources = files.filter(Files::isRegularFile).map(f -> EXAMPLE.relativize(f).toString().replace('\\', '/')).toList();
        }
        assertThat(shown().keySet()).contains("pom.xml").containsAll(sources);
    }
}
