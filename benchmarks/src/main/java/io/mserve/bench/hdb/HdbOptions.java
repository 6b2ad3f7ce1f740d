package io.mserve.bench.hdb;

import java.nio.file.Path;

/**
 * The HDB benchmarks' command line: {@code --dir} (the HDB, made there when absent), {@code --days},
 * {@code --rows-per-day} (trades, and as many quotes), {@code --runs} (of each query), {@code --port}
 * (of the engines, one at a time; the primary's in the scale run), {@code --heap} (each engine's {@code -Xmx}), {@code --script} (the generator),
 * {@code --parquet} (DuckDB's copy; default: the HDB's path + {@code -parquet}), {@code --idle} (seconds
 * the engines are left idle before their memory is read again; default 7).
 */
record HdbOptions(Path dir, int days, long rowsPerDay, int runs, int port, String heap, Path script, Path parquet,
                  int idleSeconds) {

    static HdbOptions parse(String[] args) {
        Path dir = Path.of("/tmp/mserve-hdb");
        int days = 4;
        long rows = 200_000;
        int runs = 5;
        int port = 5411;
        String heap = "1g";
        Path script = Path.of("examples/make-trades-hdb.q");
        Path parquet = null;
        int idle = 7;
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("options come in pairs: --name value");
        }
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--dir" -> dir = Path.of(value);
                case "--days" -> days = Integer.parseInt(value);
                case "--rows-per-day" -> rows = Long.parseLong(value);
                case "--runs" -> runs = Integer.parseInt(value);
                case "--port" -> port = Integer.parseInt(value);
                case "--heap" -> heap = value;
                case "--script" -> script = Path.of(value);
                case "--parquet" -> parquet = Path.of(value);
                case "--idle" -> idle = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (days < 1 || rows < 1 || runs < 1 || idle < 0) {
            throw new IllegalArgumentException("--days, --rows-per-day and --runs must be positive, --idle not negative");
        }
        dir = dir.toAbsolutePath();
        return new HdbOptions(dir, days, rows, runs, port, heap, script,
                parquet == null ? Path.of(dir + "-parquet") : parquet.toAbsolutePath(), idle);
    }

    TradesHdb hdb() {
        return new TradesHdb(dir, days, rowsPerDay);
    }
}
