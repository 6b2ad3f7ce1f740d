package io.mserve.launcher.discovery;

import io.mserve.core.discovery.Address;
import io.mserve.core.discovery.Discovery;
import io.mserve.core.discovery.MembersListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code file}: the members listed in a file ({@link MembersFile}), read again every
 * {@code interval}. Polling rather than a {@code WatchService}: it sees a file replaced by a
 * rename and works on every file system. A file that cannot be read, is longer than
 * {@code max-bytes} or has a bad line keeps the members it had, with a warning naming the file
 * and the line; at start-up it stops the primary instead.
 */
final class FileDiscovery implements Discovery {
    private static final Logger log = LoggerFactory.getLogger(FileDiscovery.class);

    private final Path file;
    private final Duration interval;
    private final long maxBytes;
    private final ScheduledExecutorService timer = Daemons.timer("mserve-discovery-file");
    private byte[] last;
    private String lastProblem;

    FileDiscovery(Path file, Duration interval, long maxBytes) {
        this.file = file;
        this.interval = interval;
        this.maxBytes = maxBytes;
    }

    @Override
    public void start(MembersListener members) {
        byte[] bytes = read();
        Set<Address> first = MembersFile.parse(file.toString(), bytes);
        last = bytes;
        members.members(first);
        log.info("members file {}: {} members, read every {}", file, first.size(), interval);
        timer.scheduleWithFixedDelay(() -> poll(members), interval.toNanos(), interval.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Reads the file once now (the timer's work, for tests); reports a change. */
    void poll(MembersListener members) {
        try {
            byte[] bytes = read();
            if (Arrays.equals(bytes, last)) {
                return;
            }
            Set<Address> now = MembersFile.parse(file.toString(), bytes);
            last = bytes;
            lastProblem = null;
            log.info("members file {} changed: {} members", file, now.size());
            members.members(now);
        } catch (IllegalArgumentException e) {
            warnOnce(e.getMessage());
        } catch (RuntimeException e) {
            log.error("members file {}: {}", file, e.toString(), e);
        }
    }

    private void warnOnce(String problem) {
        if (!problem.equals(lastProblem)) {
            lastProblem = problem;
            log.warn("{}; keeping the members read before", problem);
        }
    }

    private byte[] read() {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new IllegalArgumentException(file + ": longer than " + maxBytes + " bytes (max-bytes)");
            }
            return bytes;
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read (" + e + ")");
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
