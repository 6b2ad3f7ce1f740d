package io.mserve.testkit;

import io.mserve.ipc.value.K;
import java.time.Duration;
import java.util.Objects;

/** What a fake secondary does with one query. */
public sealed interface Action {

    /** Answers with {@code value}. */
    record Answer(K value) implements Action {
        public Answer {
            Objects.requireNonNull(value);
        }
    }

    /**
     * Answers with a byte vector of {@code count} items, item i being {@code (byte) i}, written a
     * piece at a time as the connection takes it: a reply of any length the wire allows, never held whole.
     */
    record Bytes(int count) implements Action {}

    /** Answers with a kdb+ error, {@code 'text}. */
    record Fail(String text) implements Action {}

    /** Waits (holding the secondary, like a busy q process), then does {@code then}. */
    record Pause(Duration time, Action then) implements Action {}

    /** Keeps a CPU busy for {@code time}, then does {@code then}. */
    record Burn(Duration time, Action then) implements Action {}

    /** Never answers, and answers nothing after it: the secondary is stuck until it is closed. */
    record Hang() implements Action {}

    /** Dies at once: connections drop (and a fake secondary process exits). */
    record Crash() implements Action {}
}
