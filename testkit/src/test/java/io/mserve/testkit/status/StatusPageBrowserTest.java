package io.mserve.testkit.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mserve.core.dispatch.SecondaryStatus;
import io.mserve.testkit.MservePrimary;
import io.mserve.testkit.QClient;
import io.mserve.testkit.QClient.QError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The status page in a real headless Chromium: it renders the secondaries from status.json and
 * follows their changes; a screenshot is kept as {@code testkit/target/status-page.png}.
 */
class StatusPageBrowserTest {
    static final Path SCREENSHOT = Path.of("target", "status-page.png");

    @RegisterExtension
    final MservePrimary mserve = MservePrimary.withFakeProcesses(3).config(
            "mserve.metrics.prometheus-port = 0\n"
                    + "mserve.secondaries.restart-backoff { min = 10m, max = 10m }");

    @Test
    void thePageRendersEverySecondaryAndFollowsOneThatIsKilled() throws Exception {
        Optional<Path> executable = Chromium.executable();
        Assumptions.assumeTrue(executable.isPresent(),
                "skipped: no chromium on the PATH (Debian: apt-get install chromium; .ci/run installs it)");
        QClient client = mserve.client();
        for (int i = 0; i < 30; i++) {
            client.deferred("sleep 2; who");
        }
        try {
            client.deferred("fail oops");
        } catch (QError expected) {
            // Counted as an error of the secondary that answered it.
        }
        String page = new StatusHttp(mserve.primary().metricsPort()).url("/");

        try (Chromium browser = Chromium.open(executable.get(), page, 1280, 820)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> browser.texts("#secondaries-default tbody tr[data-state=up]").size() == 3);
            assertThat(browser.texts("#secondaries-default thead th"))
                    .containsExactly("#", "address", "pid", "state", "in flight", "served", "errors", "restarts", "CPU", "p50", "p99");
            assertThat(browser.texts("#secondaries-default tbody td:nth-child(1)")).containsExactly("1", "2", "3");
            List<String> served = browser.texts("#secondaries-default tbody td:nth-child(6)");
            assertThat(served.stream().mapToInt(Integer::parseInt).sum()).isEqualTo(31);
            assertThat(browser.texts("#secondaries-default tbody td:nth-child(7)").stream().mapToInt(Integer::parseInt).sum())
                    .isEqualTo(1);
            assertThat(browser.texts("#clients")).containsExactly("1");
            assertThat(browser.texts("#ok")).containsExactly("30");
            assertThat(browser.texts("#health")).containsExactly("healthy");
            assertThat(browser.texts(".pool h2")).singleElement().asString().startsWith("pool default");

            SecondaryStatus victim = mserve.primary().status().get(1);
            ProcessHandle.of(victim.info().pid().orElseThrow()).orElseThrow().destroyForcibly();
            await().atMost(Duration.ofSeconds(30)).until(() -> browser.texts("#secondaries-default tr[data-state=down] td:nth-child(1)")
                    .equals(List.of("2")));
            await().atMost(Duration.ofSeconds(10)).until(() -> browser.texts("#problems li").stream()
                    .anyMatch(line -> line.contains("WARN") && line.contains("secondary 2 (") && line.contains("is down")));
            assertThat(browser.texts("#health")).as("the other two are up").containsExactly("healthy");
            // CPU is a difference of two readings: present once the page has refreshed at least twice.
            await().atMost(Duration.ofSeconds(10)).until(() -> browser.texts("#secondaries-default tr[data-state=up] td:nth-child(9)")
                    .stream().allMatch(cpu -> cpu.endsWith("%")));

            browser.screenshot(SCREENSHOT);
        }
        byte[] png = Files.readAllBytes(SCREENSHOT);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(png.length).isGreaterThan(10_000);
    }
}
