package io.mserve.engine.session;

import io.mserve.engine.QException;
import io.mserve.engine.ops.Access;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.FloatAtom;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.QType;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The values of the {@code .z} namespace that q computes when they are read: the clocks
 * ({@code .z.p .z.P .z.z .z.Z .z.d .z.D .z.t .z.T .z.n .z.N}), the process ({@code .z.h .z.i
 * .z.o .z.c .z.K .z.k}), the command line ({@code .z.f .z.x .z.X .z.q}) and the client of the
 * message being served ({@code .z.a .z.u .z.w}). Callbacks ({@code .z.pg .z.ts …}) are plain
 * globals: unset, they are undefined names, as in q. {@code .z.s} is the interpreter's.
 */
final class DotZ {
    /** The kdb+ version whose documented behaviour the engine follows. */
    static final double VERSION = 4.1;
    /** Its release date, as days since 2000.01.01: 2025.11.25. */
    static final int RELEASE = (int) (LocalDate.of(2025, 11, 25).toEpochDay() - 10_957);

    private static final long NS_PER_DAY = 86_400_000_000_000L;
    private static final long EPOCH_2000_SECONDS = 946_684_800L;

    private final Session session;
    private String script = "";
    private List<String> args = List.of();
    private List<String> commandLine = List.of("q");
    private boolean quiet;
    private Integer offsetMinutes;
    private Client client = Client.CONSOLE;
    private String host;

    DotZ(Session session) {
        this.session = session;
    }

    /** The client whose message is being served, {@link Client#CONSOLE} for the console and scripts. */
    record Client(int handle, String user, int address) {
        static final Client CONSOLE = new Client(0, System.getProperty("user.name", ""), 0);
    }

    void client(Client c) {
        client = c;
    }

    Client client() {
        return client;
    }

    void script(String name) {
        script = name;
    }

    void commandLine(List<String> raw, List<String> arguments, boolean quietMode) {
        commandLine = List.copyOf(raw);
        args = List.copyOf(arguments);
        quiet = quietMode;
    }

    /** {@code \o}: the local time's offset from UTC, null for the machine's. */
    Integer offset() {
        return offsetMinutes;
    }

    void offset(Integer minutes) {
        offsetMinutes = minutes;
    }

    /** The value of {@code name} (a full name, {@code .z.p}), or null when q computes no such value. */
    K value(String name) {
        if (!name.startsWith(".z.") || name.length() > 4) {
            return null;
        }
        char c = name.charAt(3);
        return switch (c) {
            case 'p', 'P', 'z', 'Z', 'd', 'D', 't', 'T', 'n', 'N' -> clock(c);
            case 'a' -> Q.i(client.handle() == 0 ? hostAddress() : client.address());
            case 'u' -> Q.s(client.user());
            case 'w' -> Q.i(client.handle());
            case 'c' -> Q.i(Runtime.getRuntime().availableProcessors());
            case 'e' -> new Dict(new KList(), new KList());
            case 'f' -> Q.s(script);
            case 'h' -> Q.s(host());
            case 'i' -> Q.i((int) ProcessHandle.current().pid());
            case 'K' -> Q.f(VERSION);
            case 'k' -> Q.intAtom(-QType.DATE, RELEASE);
            case 'l' -> new KList();
            case 'o' -> Q.s(os());
            case 'q' -> Q.b(quiet);
            case 'r' -> Q.b(!Access.current().globals());
            case 'x' -> strings(args);
            case 'X' -> strings(commandLine);
            case 'b', 'H', 'W' -> throw QException.nyi();
            default -> null;
        };
    }

    // The clocks: lower case UTC, upper case local time (-o / \o, else the machine's zone).
    private K clock(char c) {
        Instant now = Instant.now();
        long ns = (now.getEpochSecond() - EPOCH_2000_SECONDS) * 1_000_000_000L + now.getNano();
        if (Character.isUpperCase(c)) {
            long seconds = offsetMinutes != null ? offsetMinutes * 60L
                    : ZoneId.systemDefault().getRules().getOffset(now).getTotalSeconds();
            ns += seconds * 1_000_000_000L;
        }
        return switch (Character.toLowerCase(c)) {
            case 'p' -> Q.longAtom(-QType.TIMESTAMP, ns);
            case 'z' -> new FloatAtom(-QType.DATETIME, ns / (double) NS_PER_DAY);
            case 'd' -> Q.intAtom(-QType.DATE, (int) Math.floorDiv(ns, NS_PER_DAY));
            case 't' -> Q.intAtom(-QType.TIME, (int) (Math.floorMod(ns, NS_PER_DAY) / 1_000_000L));
            default -> Q.longAtom(-QType.TIMESPAN, Math.floorMod(ns, NS_PER_DAY));
        };
    }

    private static KList strings(List<String> items) {
        K[] out = new K[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Q.str(items.get(i));
        }
        return new KList(out);
    }

    /** The host's name, as the shell's {@code hostname} gives it. */
    private String host() {
        if (host == null) {
            String name = System.getenv("HOSTNAME");
            if (name == null || name.isBlank()) {
                try {
                    name = Files.readString(Path.of("/etc/hostname"), StandardCharsets.ISO_8859_1).strip();
                } catch (IOException | RuntimeException e) {
                    name = "";
                }
            }
            if (name.isBlank()) {
                try {
                    name = InetAddress.getLocalHost().getHostName();
                } catch (IOException e) {
                    name = "localhost";
                }
            }
            host = name;
        }
        return host;
    }

    // .z.a outside a callback: this host's IPv4 address as an int (.Q.addr .z.h).
    private int hostAddress() {
        try {
            byte[] ip = InetAddress.getByName(host()).getAddress();
            return ip.length == 4 ? ByteBuffer.wrap(ip).getInt() : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** The build q would be for this OS and architecture: {@code l64}, {@code l64arm}, {@code m64}, {@code w64} … */
    static String os() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String letter = name.startsWith("mac") || name.startsWith("darwin") ? "m"
                : name.startsWith("windows") ? "w"
                : name.startsWith("sunos") || name.startsWith("solaris") ? "v"
                : "l";
        String bits = arch.contains("64") ? "64" : "32";
        return letter + bits + (letter.equals("l") && (arch.equals("aarch64") || arch.startsWith("arm")) ? "arm" : "");
    }
}
