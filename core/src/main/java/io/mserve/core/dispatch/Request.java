package io.mserve.core.dispatch;

import io.netty.buffer.ByteBuf;

/**
 * One message from a client: a whole kdb+ IPC message, header included, exactly as received.
 * Its bytes are forwarded, never decoded, on the routed path.
 */
public record Request(MessageKind kind, ByteBuf message) {}
