package io.mserve.core.dispatch;

import java.util.ArrayList;
import java.util.List;

/** A client's reply sink that writes down what it receives, as {@code kind:text}. */
final class RecordingClient implements ReplySink {
    final List<String> replies = new ArrayList<>();

    @Override
    public void send(MessageKind kind, Reply reply) {
        String text;
        if (reply instanceof Reply.Result result) {
            text = Wire.text(result.message());
            result.message().release();
        } else {
            text = "'" + ((Reply.Failure) reply).text();
        }
        replies.add((kind == MessageKind.ASYNC ? "async:" : "sync:") + text);
    }
}
