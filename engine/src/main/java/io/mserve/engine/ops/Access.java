package io.mserve.engine.ops;

import io.mserve.engine.QException;
import java.util.Locale;

/**
 * What a client's query may do in a session: one policy, set by the session while a client's
 * message runs ({@code .z.w} not 0) and {@link #FULL} otherwise (the console, a script, a timer).
 * Forbidden system work signals {@code 'access}; a global update under {@code -b} or
 * {@link #READ_ONLY} signals {@code 'noupdate}, as kdb+'s {@code -b} and {@code reval} do.
 *
 * @param name     the policy's name in settings and on command lines
 * @param system   system commands ({@code system}, {@code \cmd}), {@code exit}, {@code getenv}, {@code setenv}
 * @param connect  {@code hopen}, {@code hclose}
 * @param files    writing or deleting files ({@code set}, {@code upsert}, {@code 0:}, {@code 1:}, {@code hdel}, {@code .Q.dpft} ...)
 * @param globals  assigning or deleting globals
 * @param handlers redefining the system namespaces ({@code .z} handlers, {@code .q .Q .h .j} ...) and {@code .mserve}
 */
public record Access(String name, boolean system, boolean connect, boolean files, boolean globals, boolean handlers) {
    /** Anything: the console, admins, mserve.q's own behaviour. */
    public static final Access FULL = new Access("full", true, true, true, true, true);
    /** kdb+'s {@code -u}: no system commands, {@code exit}, {@code hdel} or file writes (kdb+ allows those within its directory). */
    public static final Access RESTRICTED = new Access("-u", false, true, false, true, true);
    /** kdb+'s {@code -b}: no global updates, no file writes ({@code hdel} among them). */
    public static final Access BLOCKED = new Access("-b", true, true, false, false, true);
    /** kdb+'s {@code reval}: as {@code -u 1} and {@code -b} at once. */
    public static final Access REVAL = new Access("reval", false, true, false, false, true);
    /** mserve's default for clients: globals may be defined, nothing reaches the OS, files or other processes. */
    public static final Access NO_SYSTEM = new Access("no-system", false, false, false, true, false);
    /** mserve's read-only: {@link #NO_SYSTEM} and no global updates, as under kdb+'s {@code reval} or {@code -b}. */
    public static final Access READ_ONLY = new Access("read-only", false, false, false, false, false);

    // The static file writers of the io layer have no session to ask, so the policy in force is the thread's:
    // a session runs its clients' messages on its own thread.
    private static final ThreadLocal<Access> CURRENT = ThreadLocal.withInitial(() -> FULL);

    /** The policy called {@code name}: {@code full}, {@code no-system} or {@code read-only}. */
    public static Access named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "full" -> FULL;
            case "no-system" -> NO_SYSTEM;
            case "read-only" -> READ_ONLY;
            default -> throw new IllegalArgumentException("sync access must be full, no-system or read-only, not '" + name + "'");
        };
    }

    /** Both policies at once: what each allows. */
    public Access and(Access other) {
        return new Access(name + " " + other.name, system && other.system, connect && other.connect, files && other.files,
                globals && other.globals, handlers && other.handlers);
    }

    /** The policy in force on this thread. */
    public static Access current() {
        return CURRENT.get();
    }

    /** Makes {@code access} the policy in force on this thread; returns the one it replaces, for restoring. */
    public static Access enter(Access access) {
        Access before = CURRENT.get();
        CURRENT.set(access);
        return before;
    }

    /** @throws QException {@code 'access} unless system commands are allowed */
    public static void requireSystem() {
        if (!current().system) {
            throw new QException("access");
        }
    }

    /** @throws QException {@code 'access} unless {@code hopen} and {@code hclose} are allowed */
    public static void requireConnect() {
        if (!current().connect) {
            throw new QException("access");
        }
    }

    /** @throws QException {@code 'access} unless file writes are allowed */
    public static void requireFiles() {
        if (!current().files) {
            throw new QException("access");
        }
    }

    /**
     * @param full the global's full name ({@code xs}, {@code .z.pg}, {@code .mserve.status})
     * @throws QException {@code 'access} for a protected name, {@code 'noupdate} when globals are read-only
     */
    public static void requireGlobal(String full) {
        Access a = current();
        if (!a.handlers && isProtected(full)) {
            throw new QException("access");
        }
        if (!a.globals) {
            throw new QException("noupdate");
        }
    }

    // .z, .q, .Q, .h, .j, .o ... (single-letter namespaces are KX's) and the primary's .mserve, with all their members.
    private static boolean isProtected(String full) {
        if (full.length() < 2 || full.charAt(0) != '.') {
            return false;
        }
        int dot = full.indexOf('.', 1);
        String ns = dot < 0 ? full : full.substring(0, dot);
        return ns.length() == 2 || ns.equals(".mserve");
    }
}
