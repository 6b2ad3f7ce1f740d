package io.mserve.bench.chaos;

import com.typesafe.config.ConfigFactory;
import io.mserve.launcher.Primary;
import io.mserve.testkit.MservePrimary;
import io.mserve.testkit.chaos.ChaosPlan;
import io.mserve.testkit.chaos.ChaosReport;
import io.mserve.testkit.chaos.ChaosRun;
import java.time.Duration;

/**
 * The chaos run of the testkit's {@code ChaosTest}, for as long as asked: a primary (in this JVM,
 * wired as {@code launcher.jar} wires it) with fake secondary processes, many clients with
 * pipelined deferred-sync queries, SIGKILLs, hung queries and vanishing clients; prints the
 * figures as a markdown table and exits 1 if any query was misrouted or never answered.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar io.mserve.bench.chaos.ChaosBenchmark
 * [--seconds 120] [--clients 32] [--secondaries 4] [--seed N]}
 */
public final class ChaosBenchmark {
    private ChaosBenchmark() {}

    public static void main(String[] args) throws InterruptedException {
        long seconds = 120;
        int clients = 32;
        int secondaries = 4;
        Long seed = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--seconds" -> seconds = Long.parseLong(value);
                case "--clients" -> clients = Integer.parseInt(value);
                case "--secondaries" -> secondaries = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                default -> {
                    System.err.println("usage: ChaosBenchmark [--seconds 120] [--clients 32] [--secondaries 4] [--seed N]");
                    System.exit(2);
                }
            }
            i++;
        }
        String hocon = String.join("\n",
                "mserve.transport { host = \"127.0.0.1\", port = 0 }",
                MservePrimary.fakeProcesses(secondaries),
                "mserve.dispatch { request-timeout = 2s, kill-after = 500ms }",
                "mserve.secondaries { restart-backoff { min = 100ms, max = 2s }, stop-grace = 1s }");
        ChaosPlan plan = ChaosPlan.of(Duration.ofSeconds(seconds)).withClients(clients);
        if (seed != null) {
            plan = plan.withSeed(seed);
        }
        ChaosReport report;
        try (Primary primary = Primary.start(ConfigFactory.parseString(hocon).withFallback(ConfigFactory.load()).resolve())) {
            System.out.println("chaos: " + seconds + " s, " + secondaries + " secondaries, " + clients
                    + " clients, seed " + plan.seed());
            report = new ChaosRun(plan, primary.port(), primary::status).run();
        }
        System.out.println();
        System.out.print(report.markdown());
        report.otherSamples().forEach(sample -> System.out.println("  sample: " + sample));
        boolean ok = report.misrouted() == 0 && report.neverAnswered() == 0 && report.balanced();
        System.exit(ok ? 0 : 1);
    }
}
