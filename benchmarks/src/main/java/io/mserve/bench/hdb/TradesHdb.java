package io.mserve.bench.hdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark's date-partitioned trade and quote database, made by {@code examples/make-trades-hdb.q}
 * in an engine process, or reused when {@code dir} already holds {@code days} partitions.
 */
record TradesHdb(Path dir, int days, long rowsPerDay) {

    /** Makes the database unless it is there; a directory with another number of dates is refused. */
    void ensure(Path script, String heap) throws IOException, InterruptedException {
        long found = dates().size();
        if (found == days) {
            System.out.printf("reusing the HDB in %s (%d dates)%n", dir, days);
            return;
        }
        if (found > 0 || Files.exists(dir)) {
            throw new IOException(dir + " holds " + found + " dates, not " + days + ": remove it or choose another --dir");
        }
        System.out.printf("making the HDB in %s: %d dates of %,d trades and %,d quotes%n", dir, days, rowsPerDay, rowsPerDay);
        EngineProcess.run(heap, script, List.of("-dir", dir.toAbsolutePath().toString(),
                "-days", Integer.toString(days), "-rows", Long.toString(rowsPerDay)));
    }

    /** The dates of the partitions in {@code dir}, in order. */
    List<LocalDate> dates() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).filter(name -> name.matches("\\d{4}\\.\\d{2}\\.\\d{2}"))
                    .map(name -> LocalDate.parse(name.replace('.', '-'))).sorted().toList();
        }
    }
}
