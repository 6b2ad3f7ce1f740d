package io.mserve.engine.ipc;

import io.mserve.engine.QException;
import io.mserve.engine.ops.Connections;
import io.mserve.engine.session.Session;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.Attribute;
import io.mserve.ipc.value.ByteAtom;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.Dict;
import io.mserve.ipc.value.IntAtom;
import io.mserve.ipc.value.IntVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.LongAtom;
import io.mserve.ipc.value.LongVector;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolAtom;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * kdb+ IPC for one session: {@code hopen}/{@code hclose}, handles applied to messages ({@code h x},
 * {@code neg[h] x}, {@code h[]}, and 0, 1, 2 for the session itself, stdout and stderr), the server
 * ({@code -p}, {@code \p}) and its handlers {@code .z.pg .z.ps .z.po .z.pc .z.pw}, with {@code .z.w}
 * and {@code .z.u} set while a message is handled. Everything but the handshake's login check runs on
 * the session thread.
 */
public final class Ipc implements Connections, AutoCloseable {
    private static final String LOOPBACK = "127.0.0.1";
    private static final String IN_USE = "Address already in use";
    /** {@code hopen `:tcps://host:port}: a TLS connection (kb/ssl.md). */
    private static final String TLS_SCHEME = "tcps://";

    private final Session session;
    private final SessionThread thread;
    private final PrintStream out;
    /** Open handles by number; session thread only. */
    private final Map<Integer, Handle> handles = new TreeMap<>();
    /** Handles closed since they were opened: using one again is q's write error. */
    private final Set<Integer> gone = new HashSet<>();
    private int nextHandle = 3;
    private volatile QServer server;
    private volatile String onlyUser;

    private Ipc(Session session, SessionThread thread, PrintStream out) {
        this.session = session;
        this.thread = thread;
        this.out = out;
    }

    /**
     * Gives {@code session} IPC: its handles, {@code hopen}, {@code hclose} and {@code \p}.
     *
     * @param thread the thread {@code session} runs on
     * @param out    where {@code 1 "text"} and {@code -1 "text"} write
     */
    public static Ipc install(Session session, SessionThread thread, PrintStream out) {
        Ipc ipc = new Ipc(session, thread, out);
        session.connect(ipc);
        session.runsOn(thread::run);
        ipc.publish();
        return ipc;
    }

    /** Only clients that log in as {@code user} get past the handshake (null: anyone {@code .z.pw} lets in). */
    public void onlyUser(String user) {
        onlyUser = user;
    }

    /**
     * Listens on {@code host:port} (0 for any free port), replacing any listener before.
     *
     * @return the port bound
     */
    public int listen(String host, int port) throws InterruptedException {
        stopListening();
        server = new QServer(host, port, this::authenticate, () -> new ServerConnection(this));
        return server.port();
    }

    /** The port listened on, 0 when not listening. */
    @Override
    public int port() {
        QServer s = server;
        return s == null ? 0 : s.port();
    }

    SessionThread thread() {
        return thread;
    }

    /** A client connected: gives it a handle and calls {@code .z.po}, as that client. */
    int opened(Handle handle, String user, int address) {
        int h = add(handle);
        session.asClient(h, user, address, false, () -> {
            Messages.notify(session, ".z.po", Q.i(h));
            return null;
        });
        return h;
    }

    /** The far side closed connection h: it leaves the handles and {@code .z.pc} runs, unless {@code hclose} closed it. */
    void closed(int h) {
        if (handles.remove(h) != null) {
            gone.add(h);
            publish();
            Messages.notify(session, ".z.pc", Q.i(h));
        }
    }

    // .z.H, the open handles, and .z.W, the bytes queued for each (none: every message is written at once).
    private void publish() {
        int[] open = handles.keySet().stream().mapToInt(Integer::intValue).toArray();
        session.set(".z.H", new IntVector(QType.INT, open, Attribute.SORTED));
        session.set(".z.W", new Dict(Q.ints(open), new LongVector(QType.LONG, new long[open.length])));
    }

    /** Evaluates a message from client {@code h} (logged in as {@code user} from {@code address}) with {@code .z.pg} or {@code .z.ps}. */
    K serve(int h, String user, int address, int type, K message) {
        return session.asClient(h, user, address, true, () -> Messages.evaluate(session, type, message));
    }

    private int add(Handle handle) {
        int h = nextHandle++;
        handles.put(h, handle);
        publish();
        return h;
    }

    private boolean authenticate(String user, String password) {
        String only = onlyUser;
        if (only != null && !only.equals(user) || !session.admits(user, password)) {
            return false;
        }
        try {
            return thread.call(() -> {
                K pw = session.get(".z.pw");
                return pw == null || truthy(session.apply(pw, Q.s(user), Q.str(password)));
            });
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean truthy(K v) {
        if (v instanceof ByteAtom) {
            return ((ByteAtom) v).value() != 0;
        }
        if (v instanceof IntAtom) {
            return ((IntAtom) v).value() != 0;
        }
        return v instanceof LongAtom && ((LongAtom) v).value() != 0;
    }

    // An int or long atom applied to one argument; null when it is no handle, so that it indexes as usual.
    @Override
    public K send(int h, K[] args) {
        if (args.length > 1 || h == Integer.MIN_VALUE) {
            return null;
        }
        // h[] is h[::]: read the next message.
        K x = args.length == 0 || args[0] == Q.NIL ? null : args[0];
        int n = Math.abs(h);
        if (n <= 2) {
            return x == null || (n > 0 && !isMessage(x)) ? null : console(h, x);
        }
        Handle handle = handles.get(n);
        if (handle == null) {
            if (gone.contains(n)) {
                throw QException.notOpen(n);
            }
            return null;
        }
        if (h > 0) {
            return x == null ? handle.read() : handle.sync(x);
        }
        if (x != null) {
            handle.async(x);
        }
        return Q.NIL;
    }

    private static boolean isMessage(K x) {
        return x.type() == QType.CHAR || x.type() == -QType.CHAR || x instanceof KList;
    }

    @Override
    public boolean isOpen(int h) {
        return Math.abs(h) <= 2 || handles.containsKey(Math.abs(h));
    }

    // 0 is the session itself, through .z.ps as q does; 1 and 2 are stdout and stderr, negative adding a newline to each line.
    private K console(int h, K x) {
        if (h == 0) {
            return session.answer(".z.ps", x);
        }
        String text = Session.consoleText(h, x);
        PrintStream to = Math.abs(h) == 1 ? out : System.err;
        to.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
        to.flush();
        return Q.j(h);
    }

    private static String address(K x) {
        String text = x instanceof SymbolAtom ? ((SymbolAtom) x).value() : Q.text(x);
        return text.startsWith(":") ? text.substring(1) : text;
    }

    @Override
    public K open(K x) {
        int timeout = 0;
        if (x instanceof KList && x.count() == 2) {
            timeout = (int) whole(((KList) x).items()[1]);
            x = ((KList) x).items()[0];
        }
        String host = LOOPBACK;
        int port;
        String login = System.getProperty("user.name", "");
        TlsClient tls = null;
        if (x instanceof IntAtom || x instanceof LongAtom) {
            port = (int) whole(x);
        } else if (x instanceof SymbolAtom || x instanceof ByteVector && x.type() == QType.CHAR) {
            String address = address(x);
            if (address.startsWith(TLS_SCHEME)) {
                tls = TlsClient.ofProcess();
                address = address.substring(TLS_SCHEME.length());
            }
            String[] parts = address.split(":", 4);
            if (parts.length < 2 || !parts[1].matches("[0-9]+")) {
                // `:path is a file handle: not a connection.
                throw QException.nyi();
            }
            host = parts[0].isEmpty() || parts[0].equals("localhost") ? LOOPBACK : parts[0];
            port = Integer.parseInt(parts[1]);
            if (parts.length > 2) {
                login = parts[2] + (parts.length > 3 ? ":" + parts[3] : "");
            }
        } else {
            throw QException.type();
        }
        ClientHandle handle = ClientHandle.open(this, session, host, port, login, tls, timeout);
        int h = add(handle);
        handle.start(h);
        return Q.i(h);
    }

    /** {@code hclose h}: closes connection h; anything that is no connection of ours is left alone. */
    @Override
    public void close(K x) {
        if (!(x instanceof IntAtom || x instanceof LongAtom)) {
            return;
        }
        int h = (int) Math.abs(whole(x));
        Handle handle = handles.remove(h);
        if (handle != null) {
            gone.add(h);
            publish();
            handle.close();
        }
    }

    private static long whole(K x) {
        if (x instanceof IntAtom) {
            return ((IntAtom) x).value();
        }
        if (x instanceof LongAtom) {
            return ((LongAtom) x).value();
        }
        throw QException.type();
    }

    /**
     * Listens on {@code [host:]port} (loopback when no host is given); port 0 stops listening.
     *
     * @return the port bound, 0 when not listening
     * @throws QException when {@code spec} is no port or the port cannot be bound
     */
    @Override
    public int listen(String spec) {
        int colon = spec.lastIndexOf(':');
        String host = colon <= 0 ? LOOPBACK : spec.substring(0, colon);
        int port;
        try {
            port = Integer.parseInt(spec.substring(colon + 1).strip());
        } catch (NumberFormatException e) {
            throw QException.type();
        }
        if (port == 0) {
            stopListening();
            return 0;
        }
        try {
            return listen(host, port);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QException("stop");
        } catch (Exception e) { // Netty rethrows the bind's checked exception undeclared
            String reason = String.valueOf(e.getMessage());
            // The same text whichever transport (NIO, epoll's "bind(..) failed with error(-98): ...") bound.
            throw new QException(port + ": " + (reason.contains(IN_USE) ? IN_USE : reason));
        }
    }

    private void stopListening() {
        QServer s = server;
        server = null;
        if (s != null) {
            s.close();
        }
    }

    /** Stops listening and closes every handle. */
    @Override
    public void close() {
        stopListening();
        try {
            thread.call(() -> {
                handles.values().forEach(Handle::close);
                handles.clear();
                return null;
            });
        } catch (Exception e) {
            // the session thread is gone: nothing left to close there
        }
    }
}
