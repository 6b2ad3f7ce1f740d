package io.mserve.bench.hdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A process's resident memory from Linux's {@code /proc}: VmRSS counts every page it maps that is in
 * memory, Pss divides each shared page (a file in the page cache mapped by N processes) by N, so the
 * Pss of processes sharing one copy of a database sums to about one copy.
 */
record ResidentMemory(long rssKb, long pssKb) {

    /** The memory of process {@code pid} now; {@code -1} for a figure this system does not give. */
    static ResidentMemory of(long pid) {
        return new ResidentMemory(field(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:"),
                field(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:"));
    }

    ResidentMemory plus(ResidentMemory other) {
        return new ResidentMemory(rssKb + other.rssKb, pssKb + other.pssKb);
    }

    String describe() {
        return String.format("RSS %,d MB, Pss %,d MB", rssKb / 1024, pssKb / 1024);
    }

    private static long field(Path file, String name) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (String line : lines) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]);
                }
            }
            return -1;
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        }
    }
}
