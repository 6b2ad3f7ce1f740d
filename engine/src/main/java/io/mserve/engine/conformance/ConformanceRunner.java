package io.mserve.engine.conformance;

import io.mserve.engine.session.Session;
import io.mserve.engine.value.ByteText;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the corpus: each block in a fresh session (the blocks it depends on first), each step's
 * output compared with q's line by line, right-trimmed; for an error step, only the first line.
 */
public final class ConformanceRunner {
    private static final long STEP_SECONDS = 10;

    /** Steps passed and failed, in all and per doc family. */
    public record Result(int passed, int failed, Map<String, int[]> byFamily) {
        /** The summary line: {@code N passed, N failed}. */
        public String summary() {
            return passed + " passed, " + failed + " failed";
        }
    }

    private final Corpus corpus;
    private final PrintStream report;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "conformance");
        t.setDaemon(true);
        return t;
    });

    public ConformanceRunner(Corpus corpus, PrintStream report) {
        this.corpus = corpus;
        this.report = report;
    }

    public Result run() {
        int passed = 0;
        int failed = 0;
        Map<String, int[]> families = new TreeMap<>();
        List<Corpus.Block> blocks = corpus.blocks();
        int done = 0;
        for (Corpus.Block block : blocks) {
            Session session = new Session();
            for (String dep : dependencies(block)) {
                Corpus.Block d = corpus.block(dep);
                for (Corpus.Step step : d.steps()) {
                    run(session, step.in());
                }
            }
            int[] family = families.computeIfAbsent(block.family(), f -> new int[2]);
            for (int i = 0; i < block.steps().size(); i++) {
                Corpus.Step step = block.steps().get(i);
                String got = run(session, step.in());
                if (matches(step, got)) {
                    passed++;
                    family[0]++;
                } else {
                    failed++;
                    family[1]++;
                    report.println("FAIL " + block.id() + " step " + (i + 1));
                    report.println("  in:       " + step.in());
                    report.println("  expected: " + step.out().replace("\n", "\n            "));
                    report.println("  got:      " + got.replace("\n", "\n            "));
                }
            }
            if (++done % 200 == 0) {
                System.err.printf("conformance: %d/%d blocks, %d passed so far%n", done, blocks.size(), passed);
            }
        }
        worker.shutdownNow();
        report.println(passed + " passed, " + failed + " failed");
        return new Result(passed, failed, families);
    }

    // Dependencies first, each once, in the order they must run.
    private List<String> dependencies(Corpus.Block block) {
        List<String> order = new ArrayList<>();
        collect(block, new HashSet<>(), order);
        order.remove(block.id());
        return order;
    }

    private void collect(Corpus.Block block, Set<String> seen, List<String> order) {
        if (!seen.add(block.id())) {
            return;
        }
        for (String dep : block.dependsOn()) {
            Corpus.Block d = corpus.block(dep);
            if (d != null) {
                collect(d, seen, order);
            }
        }
        order.add(block.id());
    }

    // The corpus is UTF-8 text: q reads its bytes, and what q prints is shown as UTF-8.
    private String run(Session session, String input) {
        Future<String> f = worker.submit(() -> session.execute(ByteText.of(input)));
        try {
            return ByteText.unicode(f.get(STEP_SECONDS, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            f.cancel(true);
            return "'timeout";
        } catch (ExecutionException e) {
            return "'" + e.getCause().getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "'interrupted";
        }
    }

    static boolean matches(Corpus.Step step, String got) {
        String[] want = lines(step.out());
        String[] have = lines(got);
        if (step.error()) {
            return have.length > 0 && want.length > 0 && have[0].equals(want[0]);
        }
        if (want.length != have.length) {
            return false;
        }
        for (int i = 0; i < want.length; i++) {
            if (!want[i].equals(have[i])) {
                return false;
            }
        }
        return true;
    }

    private static String[] lines(String text) {
        String[] raw = text.split("\n", -1);
        int n = raw.length;
        while (n > 0 && raw[n - 1].strip().isEmpty()) {
            n--;
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = raw[i].stripTrailing();
        }
        return out;
    }
}
