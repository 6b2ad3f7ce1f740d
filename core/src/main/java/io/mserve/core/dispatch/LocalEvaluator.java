package io.mserve.core.dispatch;

import io.netty.buffer.ByteBuf;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Evaluates sync messages on the primary itself ({@code sync = local}). The embedded q engine
 * implements it; it must not run on the dispatcher's thread, so that routing never waits for it.
 */
@FunctionalInterface
public interface LocalEvaluator {

    /**
     * Evaluates one sync message from {@code caller} (a whole kdb+ IPC message; the evaluator owns
     * the buffer) and completes with its result message or a failure.
     */
    CompletionStage<Reply> evaluate(Caller caller, ByteBuf message);

    /** The evaluator of a primary with no q engine: every sync message answers {@code 'nyi}. */
    LocalEvaluator NONE = (caller, message) -> {
        message.release();
        return CompletableFuture.completedFuture(new Reply.Failure("nyi"));
    };
}
