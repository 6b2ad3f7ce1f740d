package io.mserve.engine.ipc;

import io.mserve.engine.QException;
import io.mserve.engine.session.Session;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KError;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.wire.MessageType;
import java.util.Arrays;

/** How a session answers an incoming message: {@code .z.pg} (sync) or {@code .z.ps} (async), by default {@code value}. */
final class Messages {
    private Messages() {}

    /** The result of {@code message}, or a {@link KError} carrying q's error text. Runs on the session thread. */
    static K evaluate(Session session, int type, K message) {
        String handler = type == MessageType.SYNC ? ".z.pg" : ".z.ps";
        try {
            K fn = session.get(handler);
            return fn != null ? session.apply(fn, message) : value(session, message);
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

    /** q's {@code value} of a message: text (a system command when it starts with a backslash), or a list applied. */
    static K value(Session session, K message) {
        if (message.type() == QType.CHAR || message.type() == -QType.CHAR) {
            String text = Q.text(message);
            return text.startsWith("\\")
                    ? session.system(text.substring(1))
                    : session.evaluate(text);
        }
        if (message instanceof KList && message.count() > 0 && ((KList) message).items()[0].type() == QType.CHAR) {
            // ("f";x;y), as javakdb's k("f", x, y) sends: the text names the function.
            K[] items = ((KList) message).items();
            return session.apply(session.evaluate(Q.text(items[0])), Arrays.copyOfRange(items, 1, items.length));
        }
        return session.apply(session.primitive("value"), message);
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
