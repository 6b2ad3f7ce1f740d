package io.mserve.bench.hdb;

import java.util.Arrays;

/** A query's first run and the median of all its runs, in ms, and the answer of its first run. */
record Timing(double firstMs, double medianMs, Answer answer) {

    interface Run {
        Answer run() throws Exception;
    }

    /** Runs {@code run} {@code runs} times, no warm-up: the first run is the one a user meets first. */
    static Timing of(int runs, Run run) throws Exception {
        double[] ms = new double[runs];
        Answer first = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Answer answer = run.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
            if (first == null) {
                first = answer;
            } else if (!first.agrees(answer)) {
                throw new IllegalStateException("run " + (i + 1) + " answered " + answer + ", the first " + first);
            }
        }
        double firstMs = ms[0];
        Arrays.sort(ms);
        return new Timing(firstMs, ms[runs / 2], first);
    }
}
