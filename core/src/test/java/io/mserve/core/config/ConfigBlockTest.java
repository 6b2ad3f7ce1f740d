package io.mserve.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConfigBlockTest {
    private static final ConfigBlock BLOCK = ConfigBlock.of(ConfigFactory.parseString("""
            mserve.strategy.mine {
              label = fast
              count = 7
              on = yes
              interval = 250ms
              bare = 250
              quoted = "250"
              ids = [2, "3"]
              nested.depth = 2
            }
            """), "mserve.strategy.mine");

    @Test
    void readsEachTypeOfSettingRelativeToTheBlock() {
        assertThat(BLOCK.path()).isEqualTo("mserve.strategy.mine");
        assertThat(BLOCK.text("label")).isEqualTo("fast");
        assertThat(BLOCK.text("count")).isEqualTo("7");
        assertThat(BLOCK.number("count")).isEqualTo(7);
        assertThat(BLOCK.flag("on")).isTrue();
        assertThat(BLOCK.duration("interval")).isEqualTo(Duration.ofMillis(250));
        assertThat(BLOCK.texts("ids")).containsExactly("2", "3");
        assertThat(BLOCK.number("nested.depth")).isEqualTo(2);
        assertThat(BLOCK.has("label")).isTrue();
        assertThat(BLOCK.has("colour")).isFalse();
    }

    @Test
    void aMissingKeyIsReportedWithItsFullPath() {
        assertThatThrownBy(() -> BLOCK.text("colour"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("mserve.strategy.mine.colour: ");
    }

    @Test
    void aValueOfTheWrongTypeIsReportedWithItsFullPath() {
        assertThatThrownBy(() -> BLOCK.number("label"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("mserve.strategy.mine.label: ");
        assertThatThrownBy(() -> BLOCK.duration("label"))
                .hasMessageStartingWith("mserve.strategy.mine.label: ");
        assertThatThrownBy(() -> BLOCK.texts("label"))
                .hasMessageStartingWith("mserve.strategy.mine.label: ");
    }

    @Test
    void aDurationWithoutItsUnitIsRefused() {
        assertThatThrownBy(() -> BLOCK.duration("bare"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mserve.strategy.mine.bare: a duration needs its unit (e.g. 200ms, 5s), is 250");
        assertThatThrownBy(() -> BLOCK.duration("quoted"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mserve.strategy.mine.quoted: a duration needs its unit (e.g. 200ms, 5s), is 250");
    }

    @Test
    void aBlockTheConfigurationLacksIsEmpty() {
        ConfigBlock none = ConfigBlock.of(ConfigFactory.empty(), "mserve.strategy.other");
        assertThat(none.has("anything")).isFalse();
        assertThatThrownBy(() -> none.flag("on")).hasMessageStartingWith("mserve.strategy.other.on: ");
    }
}
