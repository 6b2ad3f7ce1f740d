package io.mserve.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mserve.launcher.cli.CommandLine.RunPrimary;
import io.mserve.launcher.cli.CommandLine.RunQ;
import io.mserve.launcher.cli.CommandLine.UsageError;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void theMserveQFormSetsPortCountAndScript() throws UsageError {
        assertThat(CommandLine.parse("-p", "0", "2", "x.q")).isEqualTo(new RunPrimary(java.util.Optional.empty(),
                Map.of("mserve.transport.port", 0, "mserve.secondaries.count", 2, "mserve.secondaries.script", "x.q")));
    }

    @Test
    void theOverridesBecomeConfiguration() throws UsageError {
        RunPrimary run = (RunPrimary) CommandLine.parse("-p", "5001", "4", "startup.q");
        assertThat(run.overrideConfig().getInt("mserve.transport.port")).isEqualTo(5001);
        assertThat(run.overrideConfig().getInt("mserve.secondaries.count")).isEqualTo(4);
        assertThat(run.overrideConfig().getString("mserve.secondaries.script")).isEqualTo("startup.q");
    }

    @Test
    void aConfigFileCombinesWithTheMserveQForm() throws UsageError {
        assertThat(CommandLine.parse("--config", "m.conf", "-p", "5001", "2")).isEqualTo(new RunPrimary(
                java.util.Optional.of(Path.of("m.conf")), Map.of("mserve.transport.port", 5001, "mserve.secondaries.count", 2)));
        assertThat(CommandLine.parse("--config=m.conf")).isEqualTo(new RunPrimary(
                java.util.Optional.of(Path.of("m.conf")), Map.of()));
    }

    @Test
    void minusCapitalUNamesTheUsersFileAsKdbDoes() throws UsageError {
        assertThat(CommandLine.parse("-p", "5001", "-U", "users.txt", "2", "startup.q")).isEqualTo(new RunPrimary(
                java.util.Optional.empty(), Map.of("mserve.transport.port", 5001, "mserve.auth.users-file", "users.txt",
                        "mserve.secondaries.count", 2, "mserve.secondaries.script", "startup.q")));
    }

    @Test
    void minusUIsTheUsersFileAndRestrictedClientsOrOnlyRestrictedClientsWithOne() throws UsageError {
        assertThat(CommandLine.parse("-u", "users.txt")).isEqualTo(new RunPrimary(java.util.Optional.empty(),
                Map.of("mserve.auth.users-file", "users.txt", "mserve.auth.restricted", true)));
        assertThat(CommandLine.parse("-u", "1")).isEqualTo(new RunPrimary(java.util.Optional.empty(),
                Map.of("mserve.auth.restricted", true)));
        assertThat(CommandLine.parse("-u", "1", "-U", "users.txt")).isEqualTo(new RunPrimary(java.util.Optional.empty(),
                Map.of("mserve.auth.users-file", "users.txt", "mserve.auth.restricted", true)));
        assertThat(((RunPrimary) CommandLine.parse("-u", "u.txt")).overrideConfig().getBoolean("mserve.auth.restricted")).isTrue();
    }

    @Test
    void aUsersFileIsNeededOnceAndOnlyOnce() {
        assertThatThrownBy(() -> CommandLine.parse("-U")).isInstanceOf(UsageError.class).hasMessage("-U needs a value");
        assertThatThrownBy(() -> CommandLine.parse("-U", "")).isInstanceOf(UsageError.class).hasMessage("-U needs a users file");
        assertThatThrownBy(() -> CommandLine.parse("-u", "a.txt", "-U", "b.txt")).isInstanceOf(UsageError.class)
                .hasMessage("a users file given twice (-u FILE, -U FILE)");
    }

    @Test
    void noArgumentsRunsOnTheDefaults() throws UsageError {
        assertThat(CommandLine.parse()).isEqualTo(new RunPrimary(java.util.Optional.empty(), Map.of()));
    }

    @Test
    void qRunsTheEngineWithTheRest() throws UsageError {
        assertThat(CommandLine.parse("q", "db.q", "-p", "5002")).isEqualTo(new RunQ(List.of("db.q", "-p", "5002")));
    }

    @Test
    void helpIsAsked() throws UsageError {
        assertThat(CommandLine.parse("--help")).isInstanceOf(CommandLine.Help.class);
    }

    @Test
    void nonsenseIsRefusedSayingWhy() {
        assertThatThrownBy(() -> CommandLine.parse("--verbose")).isInstanceOf(UsageError.class)
                .hasMessage("unknown option --verbose");
        assertThatThrownBy(() -> CommandLine.parse("-p")).isInstanceOf(UsageError.class).hasMessage("-p needs a value");
        assertThatThrownBy(() -> CommandLine.parse("-p", "high")).isInstanceOf(UsageError.class)
                .hasMessage("-p needs a port number");
        assertThatThrownBy(() -> CommandLine.parse("two", "x.q")).isInstanceOf(UsageError.class)
                .hasMessageContaining("must be a number: two");
        assertThatThrownBy(() -> CommandLine.parse("2", "x.q", "y.q")).isInstanceOf(UsageError.class)
                .hasMessage("unexpected argument y.q");
        assertThatThrownBy(() -> CommandLine.parse("--config")).isInstanceOf(UsageError.class)
                .hasMessage("--config needs a value");
    }
}
