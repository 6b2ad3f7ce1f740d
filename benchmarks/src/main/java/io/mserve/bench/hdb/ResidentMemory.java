package io.mserve.bench.hdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A process's resident memory from Linux's {@code /proc}, in kB: VmRSS counts every page it maps that is
 * in memory; Pss divides each shared page (a file in the page cache mapped by N processes) by N, so the Pss
 * of processes sharing one copy of a database sums to about one copy. Pss splits into Pss_Anon (the heap,
 * the JVM's own memory) and Pss_File (mapped files: the database's columns once they are mapped, and the
 * JVM's jars and libraries).
 */
record ResidentMemory(long rssKb, long pssKb, long pssAnonKb, long pssFileKb) {

    static final ResidentMemory NONE = new ResidentMemory(0, 0, 0, 0);

    /** The memory of process {@code pid} now; {@code -1} for a figure this system does not give. */
    static ResidentMemory of(long pid) {
        Path proc = Path.of("/proc", Long.toString(pid));
        List<String> rollup = lines(proc.resolve("smaps_rollup"));
        return new ResidentMemory(field(lines(proc.resolve("status")), "VmRSS:"), field(rollup, "Pss:"),
                field(rollup, "Pss_Anon:"), field(rollup, "Pss_File:"));
    }

    ResidentMemory plus(ResidentMemory other) {
        return new ResidentMemory(rssKb + other.rssKb, pssKb + other.pssKb, pssAnonKb + other.pssAnonKb,
                pssFileKb + other.pssFileKb);
    }

    String describe() {
        return String.format("RSS %,d MB, Pss %,d MB (anonymous %,d MB, files %,d MB)", rssKb / 1024, pssKb / 1024,
                pssAnonKb / 1024, pssFileKb / 1024);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException unreadable) {
            return List.of();
        }
    }

    private static long field(List<String> lines, String name) {
        for (String line : lines) {
            if (line.startsWith(name)) {
                return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]);
            }
        }
        return -1;
    }
}
