package io.mserve.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Durations are read in one place, and one without its unit is refused, naming its key. */
class SettingsReaderDurationTest {
    private static final Config REFERENCE = ConfigFactory.parseString("block { wait = 1s, limit = off }");

    private static SettingsReader reader(String hocon) {
        return SettingsReader.of(ConfigFactory.parseString(hocon).withFallback(REFERENCE).resolve(), "block", REFERENCE);
    }

    private static Duration wait(String value) {
        SettingsReader in = reader("block.wait = " + value);
        Duration read = in.duration("wait");
        in.done();
        return read;
    }

    @Test
    void aDurationWithItsUnitIsRead() {
        assertThat(wait("5s")).isEqualTo(Duration.ofSeconds(5));
        assertThat(wait("200ms")).isEqualTo(Duration.ofMillis(200));
        assertThat(wait("\"2 minutes\"")).isEqualTo(Duration.ofMinutes(2));
        assertThat(wait("1.5s")).isEqualTo(Duration.ofMillis(1500));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "\"5\"", "5.5", "\" 30 \"", "1e3", "0"})
    void aNumberWithoutAUnitIsRefusedNamingTheKey(String value) {
        assertThatThrownBy(() -> wait(value))
                .isInstanceOf(ConfigException.ValidationFailed.class)
                .hasMessageContaining("block.wait: a duration needs a unit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "5 parsecs", "\"\"", "s", "[1, 2]", "{ s = 1 }", "true", "-1s", "0s",
            "99999999999999999999999d", "\"5s5s\"", "null"})
    void aMalformedDurationIsRefusedNamingTheKey(String value) {
        assertThatThrownBy(() -> wait(value))
                .isInstanceOf(ConfigException.ValidationFailed.class)
                .hasMessageContaining("block.wait");
    }

    @Test
    void anOptionalDurationIsOffOrZeroOrHasItsUnit() {
        SettingsReader in = reader("block.limit = 3s");
        assertThat(in.optionalDuration("limit")).contains(Duration.ofSeconds(3));
        assertThat(reader("block.limit = off").optionalDuration("limit")).isEqualTo(Optional.empty());
        assertThat(reader("block.limit = 0").optionalDuration("limit")).isEqualTo(Optional.empty());
        SettingsReader bare = reader("block.limit = 7");
        bare.optionalDuration("limit");
        assertThatThrownBy(bare::done).hasMessageContaining("block.limit: a duration needs a unit");
    }

    @Test
    void aPluginReadsItsDurationsThroughTheSameRule() {
        Config plugin = ConfigFactory.parseString("sample-interval = 200");
        assertThatThrownBy(() -> SettingsReader.durationWithUnit(plugin, "sample-interval"))
                .isInstanceOf(ConfigException.BadValue.class)
                .hasMessageContaining("sample-interval")
                .hasMessageContaining("needs a unit");
        assertThat(SettingsReader.durationWithUnit(ConfigFactory.parseString("sample-interval = 200ms"), "sample-interval"))
                .isEqualTo(Duration.ofMillis(200));
    }
}
