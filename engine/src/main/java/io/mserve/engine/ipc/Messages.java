package io.mserve.engine.ipc;

import io.mserve.engine.QException;
import io.mserve.engine.session.Session;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KError;
import io.mserve.ipc.wire.MessageType;

/** How a session answers an incoming message: {@code .z.pg} (sync) or {@code .z.ps} (async), by default {@code value}. */
final class Messages {
    private Messages() {}

    /**
     * The result of {@code message} as it came off the wire (its functions made the session's own
     * first), or a {@link KError} carrying q's error text. Runs on the session thread.
     */
    static K evaluate(Session session, int type, K message) {
        try {
            return session.answer(type == MessageType.SYNC ? ".z.pg" : ".z.ps", session.received(message));
        } catch (QException e) {
            return new KError(e.text());
        } catch (StackOverflowError e) {
            return new KError("stack");
        } catch (OutOfMemoryError e) {
            return new KError("wsfull");
        } catch (RuntimeException e) {
            return new KError(Session.errorFor(e));
        }
    }

    /** Calls the handler {@code name} (e.g. {@code .z.po}) if the script defined it; its errors are ignored, as q does. */
    static void notify(Session session, String name, K arg) {
        K fn = session.get(name);
        if (fn == null) {
            return;
        }
        try {
            session.apply(fn, arg);
        } catch (RuntimeException | StackOverflowError e) {
            // q reports an error in .z.po or .z.pc to nobody.
        }
    }
}
