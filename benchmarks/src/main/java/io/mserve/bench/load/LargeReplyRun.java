package io.mserve.bench.load;

import io.mserve.ipc.codec.Encoder;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.wire.MessageType;
import io.mserve.testkit.ByteReply;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Large replies through a primary with a small heap, run as users run it ({@code java -jar
 * launcher.jar}, one fake-secondary process): a client asks {@code bytes N} several times in a
 * row on one connection, reads and checks every byte, and the primary's resident memory is read
 * from {@code /proc} (sampled VmRSS, and VmHWM, the kernel's peak) meanwhile.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.mserve.bench.load.LargeReplyRun
 *     [--bytes 2147483633] [--replies 3] [--heap 256m] [--port 5401]
 *     [--launcher launcher/target/launcher.jar] [--testkit testkit/target/mserve-testkit-VERSION.jar]</pre>
 */
public final class LargeReplyRun {
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");
    private static final Pattern PEAK = Pattern.compile("VmHWM:\\s+(\\d+) kB");

    private LargeReplyRun() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        try (PrimaryProcess primary = PrimaryProcess.start(options.launcher, options.testkit, options.port, 1,
                "least-queue", options.heap)) {
            Path status = Path.of("/proc", Long.toString(primary.pid()), "status");
            AtomicLong sampledPeakKb = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    sampledPeakKb.accumulateAndGet(kb(status, RSS), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "rss-sampler");
            sampler.setDaemon(true);
            sampler.start();
            long idleKb = kb(status, RSS);
            long total = 0;
            long began = System.nanoTime();
            try (Socket socket = new Socket("127.0.0.1", options.port)) {
                socket.getOutputStream().write("bench:\3\0".getBytes(StandardCharsets.ISO_8859_1));
                InputStream in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
                if (in.read() != 3) {
                    throw new IOException("the primary refused the handshake");
                }
                byte[] query = Encoder.encode(MessageType.ASYNC, new ByteVector(QType.CHAR,
                        ("bytes " + options.bytes).getBytes(StandardCharsets.ISO_8859_1)));
                for (int i = 1; i <= options.replies; i++) {
                    long start = System.nanoTime();
                    socket.getOutputStream().write(query);
                    long read = ByteReply.read(in, MessageType.ASYNC);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    total += read;
                    System.out.printf(Locale.ROOT, "reply %d: %,d bytes checked in %.1f s (%.0f MB/s); primary RSS now %d MB%n",
                            i, read, seconds, read / seconds / 1e6, kb(status, RSS) >> 10);
                }
            }
            sampler.interrupt();
            double seconds = (System.nanoTime() - began) / 1e9;
            System.out.printf(Locale.ROOT, "%n| primary -Xmx | replies | bytes in all | time | primary RSS idle | sampled peak RSS | VmHWM |%n"
                    + "|---|---:|---:|---:|---:|---:|---:|%n| %s | %d × %,d | %,d | %.1f s | %d MB | %d MB | %d MB |%n",
                    options.heap, options.replies, options.bytes, total, seconds, idleKb >> 10, sampledPeakKb.get() >> 10,
                    kb(status, PEAK) >> 10);
        }
    }

    private static long kb(Path status, Pattern field) {
        try {
            Matcher matcher = field.matcher(Files.readString(status));
            return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private record Options(Path launcher, Path testkit, int port, long bytes, int replies, String heap) {
        static Options parse(String[] args) {
            Path launcher = Path.of("launcher/target/launcher.jar");
            Path testkit = Path.of("testkit/target/mserve-testkit-0.1.0-SNAPSHOT.jar");
            int port = 5401;
            long bytes = Integer.MAX_VALUE - 14;
            int replies = 3;
            String heap = "256m";
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--launcher" -> launcher = Path.of(args[i + 1]);
                    case "--testkit" -> testkit = Path.of(args[i + 1]);
                    case "--port" -> port = Integer.parseInt(args[i + 1]);
                    case "--bytes" -> bytes = Long.parseLong(args[i + 1]);
                    case "--replies" -> replies = Integer.parseInt(args[i + 1]);
                    case "--heap" -> heap = args[i + 1];
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(launcher.toAbsolutePath(), testkit.toAbsolutePath(), port, bytes, replies, heap);
        }
    }
}
