package io.mserve.testkit.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.mserve.ipc.wire.MessageType;
import io.mserve.testkit.ByteReply;
import io.mserve.testkit.shutdown.LauncherProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A primary with a 64 MB heap (and so at most about 64 MB of direct buffers, Netty's default
 * limit) passes on a 400 MB reply: its resident memory never comes near the reply's length.
 */
class LargeReplyProcessTest {
    private static final int BYTES = 400_000_000;
    private static final Pattern PEAK = Pattern.compile("VmHWM:\\s+(\\d+) kB");

    @Test
    void aReplySixTimesThePrimarysHeapStreamsThroughWithBoundedMemory() {
        try (LauncherProcess launcher = LauncherProcess.start("64m", 1);
                RawClient client = RawClient.login(launcher.port())) {
            client.send(RawClient.asyncText("bytes " + BYTES));
            long read;
            try {
                read = ByteReply.read(client.input(), MessageType.ASYNC);
            } catch (AssertionError | UncheckedIOException e) {
                throw new AssertionError("the reply did not arrive; the primary said:\n" + launcher.output(), e);
            }
            assertThat(read).isEqualTo(BYTES);
            long peakKb = peakResidentKb(launcher.handle().pid());
            System.out.printf("400 MB reply through a primary at -Xmx64m: its peak RSS %d MB%n", peakKb >> 10);
            assertThat(peakKb << 10).as("the primary's peak resident memory").isLessThan(BYTES / 2);
            assertThat(launcher.output()).doesNotContain("is down").doesNotContain("bad message");
        }
    }

    /** The process's peak resident set (VmHWM in /proc), in kB. */
    private static long peakResidentKb(long pid) {
        try {
            Matcher matcher = PEAK.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
            assertThat(matcher.find()).as("VmHWM in /proc/%d/status", pid).isTrue();
            return Long.parseLong(matcher.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
