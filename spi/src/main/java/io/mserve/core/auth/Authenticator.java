package io.mserve.core.auth;

/**
 * Decides whether a client may connect, from the {@code user:password} of its kdb+ handshake.
 * A client that fails is disconnected without a reply, as kdb+ does.
 */
@FunctionalInterface
public interface Authenticator {

    /**
     * @param user     the text before the first colon (all of it when there is none)
     * @param password the text after the first colon, empty when there is none
     */
    boolean authenticate(String user, String password);

    /**
     * The role of {@code user}, who has authenticated: {@link #ADMIN} may run the primary's admin
     * commands ({@code .mserve.add}, {@code .mserve.each}, …) and anything on its q session; any
     * other role is an ordinary user. Ordinary unless overridden.
     */
    default String role(String user) {
        return USER;
    }

    /** The role of administrators. */
    String ADMIN = "admin";

    /** The role of everyone else. */
    String USER = "user";

    /** Lets everybody in, as kdb+ does without {@code -u} or {@code -U}. */
    Authenticator ANYONE = (user, password) -> true;
}
