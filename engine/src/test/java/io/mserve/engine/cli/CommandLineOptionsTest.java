package io.mserve.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** q's command line (basics/cmdline.md): {@code q [file] [-option [parameters]] …}; .z.x is what is not q's. */
class CommandLineOptionsTest {
    @Test
    void theFirstWordIsTheScriptAndQsOptionsAreLeftOutOfDotZx() {
        CommandLine c = CommandLine.parse(new String[] {"test.q", "-P", "0", "-abc", "123"});
        assertThat(c.script).isEqualTo("test.q");
        assertThat(c.args).containsExactly("-abc", "123");
        assertThat(c.value("-P")).isEqualTo("0");
        assertThat(c.raw).containsExactly("q", "test.q", "-P", "0", "-abc", "123");
    }

    @Test
    void wordsAfterTheScriptAreItsArguments() {
        CommandLine c = CommandLine.parse(new String[] {"taq.k", "path/to/source", "path/to/destn"});
        assertThat(c.args).containsExactly("path/to/source", "path/to/destn");
    }

    @Test
    void withoutAScriptEveryWordThatIsNotQsIsAnArgument() {
        CommandLine c = CommandLine.parse(new String[] {"-foo", "5432", "-p", "5000", "-bar", "quick brown fox"});
        assertThat(c.script).isNull();
        assertThat(c.args).containsExactly("-foo", "5432", "-bar", "quick brown fox");
        assertThat(c.value("-p")).isEqualTo("5000");
    }

    @Test
    void optionsTakeTheirParametersSomeOptionally() {
        CommandLine c = CommandLine.parse(new String[] {"-c", "30", "100", "-b", "-e", "-q", "-z", "1", "x"});
        assertThat(c.value("-c")).isEqualTo("30 100");
        assertThat(c.has("-b")).isTrue();
        assertThat(c.value("-e")).isEmpty();
        assertThat(c.value("-z")).isEqualTo("1");
        assertThat(c.args).containsExactly("x");
    }

    @Test
    void aLaunchersEmptyScriptIsNoScript() {
        CommandLine c = CommandLine.parse(new String[] {"", "-p", "5001", "--only-user", "mserve"});
        assertThat(c.script).isNull();
        assertThat(c.args).isEmpty();
        assertThat(c.value("--only-user")).isEqualTo("mserve");
    }

    @Test
    void noWarmUpIsTheEnginesOwnWithoutParameters() {
        CommandLine c = CommandLine.parse(new String[] {"s.q", "-p", "5001", "--no-warm-up", "x"});
        assertThat(c.has("--no-warm-up")).isTrue();
        assertThat(c.args).containsExactly("x");
        assertThat(CommandLine.parse(new String[] {"s.q", "-p", "5001"}).has("--no-warm-up")).isFalse();
    }

    @Test
    void anOptionWithoutItsParametersIsAnError() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"s.q", "-c", "30"}))
                .hasMessage("-c: missing value");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"-p"})).hasMessage("-p: missing value");
    }

    @Test
    void aVeryLongCommandLineIsKeptWhole() {
        String[] words = new String[10_000];
        Arrays.fill(words, "-x");
        assertThat(CommandLine.parse(words).args).hasSize(10_000);
        assertThat(CommandLine.parse(new String[0]).raw).isEqualTo(List.of("q"));
    }
}
