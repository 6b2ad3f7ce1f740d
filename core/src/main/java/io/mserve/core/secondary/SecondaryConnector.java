package io.mserve.core.secondary;

import java.util.concurrent.CompletionStage;

/**
 * Opens the primary's connection to a secondary that answers the handshake, and attaches it to
 * the dispatcher. A transport implements it; the supervisor calls it.
 */
public interface SecondaryConnector {

    /**
     * Connects to {@code secondary}, completes the kdb+ handshake logging in as {@code login}
     * ({@code user:password}) and attaches the connection to the dispatcher. Fails if the secondary
     * cannot be reached or refuses the handshake.
     */
    CompletionStage<Connection> connect(SecondaryInfo secondary, String login);

    /** One open connection to a secondary. */
    interface Connection {

        /** Completes, with the reason, when the connection ends for any cause. */
        CompletionStage<String> closed();

        /** Ends the connection. */
        void close();
    }
}
