package io.mserve.launcher.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandTemplateTest {

    @Test
    void everyPlaceholderIsFilledIn() {
        CommandTemplate template = new CommandTemplate(
                List.of("{java}", "-cp", "{classpath}", "run", "{script}", "-p", "{port}", "--id={id}", "{host}", "-U", "{users-file}"),
                "db.q", "/jdk/bin/java", "a.jar:b.jar", "/run/u");
        assertThat(template.expand(3, "127.0.0.1", 5004)).containsExactly(
                "/jdk/bin/java", "-cp", "a.jar:b.jar", "run", "db.q", "-p", "5004", "--id=3", "127.0.0.1", "-U", "/run/u");
        assertThat(template.passesUsersFile()).isTrue();
    }

    @Test
    void aMissingScriptLeavesItsWordOut() {
        CommandTemplate template = new CommandTemplate(List.of("q", "{script}", "-p", "{port}"), "", "java", "", "/u");
        assertThat(template.expand(1, "127.0.0.1", 5002)).containsExactly("q", "-p", "5002");
        assertThat(template.passesUsersFile()).isFalse();
    }

    @Test
    void valuesAreNotExpandedAgain() {
        CommandTemplate template = new CommandTemplate(List.of("{script}"), "{port}$1.q", "java", "", "/u");
        assertThat(template.expand(1, "h", 5002)).containsExactly("{port}$1.q");
    }
}
