package io.mserve.engine.ipc;

import io.mserve.core.dispatch.Caller;
import io.mserve.core.dispatch.LocalEvaluator;
import io.mserve.core.dispatch.Reply;
import io.mserve.engine.ops.Access;
import io.mserve.engine.ops.Builtin;
import io.mserve.engine.session.Exit;
import io.mserve.engine.session.Session;
import io.mserve.ipc.codec.Decoder;
import io.mserve.ipc.codec.Encoder;
import io.mserve.ipc.codec.MalformedMessageException;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KError;
import io.mserve.ipc.wire.MessageType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * The primary's own q session ({@code sync = local}): each sync message is decoded, evaluated
 * by {@code .z.pg} (by default {@code value}) with {@code .z.w} and {@code .z.u} its client's, and
 * answered, one at a time on the session's own thread, never the dispatcher's. What each message
 * may do is its caller's {@link Access} (admins {@link Access#FULL}, others {@code sync-access}).
 */
public final class SessionEvaluator implements LocalEvaluator, AutoCloseable {
    private final Session session = new Session();
    private final SessionThread thread = new SessionThread("mserve-q");
    private final Ipc ipc;
    private final Function<Caller, Access> access;
    /** The client whose message is being evaluated; session thread only. */
    private Caller caller = Caller.CONSOLE;

    /**
     * @param out    where the session's {@code -1 "text"} writes
     * @param access what a client's sync messages may do
     */
    public SessionEvaluator(PrintStream out, Function<Caller, Access> access) {
        this.access = access;
        ipc = Ipc.install(session, thread, out);
    }

    @Override
    public CompletionStage<Reply> evaluate(Caller from, ByteBuf message) {
        CompletableFuture<Reply> reply = new CompletableFuture<>();
        try {
            thread.run(() -> reply.complete(answer(from, message)));
        } catch (RuntimeException e) {
            message.release();
            reply.complete(new Reply.Failure("stop"));
        }
        return reply;
    }

    private Reply answer(Caller from, ByteBuf message) {
        K query;
        try {
            query = Decoder.decode(message);
        } catch (MalformedMessageException e) {
            return new Reply.Failure("badmsg");
        } finally {
            message.release();
        }
        caller = from;
        K result;
        try {
            result = session.asClient(from.handle(), from.user(), 0, true, access.apply(from),
                    () -> Messages.evaluate(session, MessageType.SYNC, query));
        } finally {
            caller = Caller.CONSOLE;
        }
        if (result instanceof KError) {
            return new Reply.Failure(((KError) result).text());
        }
        try {
            return new Reply.Result(Encoder.encode(ByteBufAllocator.DEFAULT, MessageType.RESPONSE, result), false);
        } catch (IllegalArgumentException e) {
            return new Reply.Failure("type");
        }
    }

    /**
     * The primary's console, as q's: reads lines from {@code in} until its end, each run in the
     * session (between clients' sync messages) and its result printed after a {@code q)} prompt.
     * {@code exit n} (or {@code \\}) runs {@code .z.exit}, hands {@code n} to {@code exit} and ends the
     * console. Only a console line may exit: a client's {@code exit} still signals {@code 'access}.
     */
    public void console(InputStream in, PrintStream out, IntConsumer exit) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        try {
            while (true) {
                out.print("q)");
                out.flush();
                String line = lines.readLine();
                if (line == null) {
                    return;
                }
                if (line.isBlank()) {
                    continue;
                }
                String result = thread.call(() -> {
                    session.exitAction(exit);
                    try {
                        return session.execute(line);
                    } finally {
                        session.exitAction(null);
                    }
                });
                if (!result.isEmpty()) {
                    out.println(result);
                }
            }
        } catch (Exit e) {
            // exit has been told the status
        } catch (Exception e) {
            out.println("'" + Session.error(e));
        }
    }

    /**
     * Defines the global {@code name} (e.g. {@code .mserve.use}) as a function of one argument that
     * the host implements: {@code command} gets the client calling it ({@link Caller#CONSOLE} from
     * the console or a script) and the argument, and may signal a q error with a
     * {@code QException}. It runs on the session's thread, between messages.
     */
    public void define(String name, BiFunction<Caller, K, K> command) throws Exception {
        thread.call(() -> {
            session.set(name, Builtin.hosted(name, x -> command.apply(caller, x)));
            return null;
        });
    }

    /** Runs q text in the session, as a startup script would; for embedders and tests. */
    public K run(String text) throws Exception {
        return thread.call(() -> session.evaluate(text));
    }

    @Override
    public void close() {
        ipc.close();
        thread.close();
    }
}
