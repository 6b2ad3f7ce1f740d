package io.mserve.core.dispatch;

/**
 * The client a sync message evaluated on the primary came from: what its {@code .z.w} and
 * {@code .z.u} show, and what the primary's own commands ({@code .mserve.*}) act for.
 *
 * @param handle the client's number, unique among the primary's clients while it is connected
 * @param user   the user name of its handshake, empty when it gave none
 */
public record Caller(int handle, String user) {

    /** The primary's console (and embedders' direct calls): handle 0, as in q. */
    public static final Caller CONSOLE = new Caller(0, "");
}
