package io.mserve.ipc.netty;

/**
 * The event a server pipeline fires once a client's handshake is accepted.
 *
 * @param user       who connected
 * @param capability the protocol level agreed, min(client's, 3)
 */
public record Handshaken(String user, int capability) {}
