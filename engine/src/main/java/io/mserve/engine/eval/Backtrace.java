package io.mserve.engine.eval;

import io.mserve.engine.QException;
import io.mserve.engine.value.Fn;
import io.mserve.engine.value.Lists;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import java.util.ArrayList;
import java.util.List;

/**
 * The calls under way in a session, innermost last: the console line or message being
 * evaluated, then each lambda called (and {@code .Q.trp} itself). {@code .Q.bt[]} prints them,
 * {@code .Q.trp} hands them to its handler as a backtrace, {@code .Q.sbt} formats one. A frame
 * prints as q prints it, {@code [n]  name:source}, but without q's caret line under the failing
 * position: the engine's parse trees keep no source positions.
 */
public final class Backtrace {
    private record Call(String name, String source) {}

    private final List<Call> calls = new ArrayList<>();
    private String input = "";

    /** The console line or message now evaluated: frame 0. */
    void input(String text) {
        input = text;
    }

    void push(String name, String source) {
        calls.add(new Call(name, source));
    }

    void pop() {
        calls.remove(calls.size() - 1);
    }

    /** The innermost named call, or null. */
    String innermostName() {
        for (int i = calls.size() - 1; i >= 0; i--) {
            if (calls.get(i).name() != null) {
                return calls.get(i).name();
            }
        }
        return null;
    }

    /** The calls as a backtrace object: a list of frames, each {@code (name;source)}, frame 0 first. */
    K snapshot() {
        K[] frames = new K[calls.size() + 1];
        frames[0] = frame("", input);
        for (int i = 0; i < calls.size(); i++) {
            Call c = calls.get(i);
            frames[i + 1] = frame(c.name() == null ? "" : c.name(), c.source());
        }
        return new KList(frames);
    }

    private static K frame(String name, String source) {
        return new KList(new K[] {Q.str(name), Q.str(source)});
    }

    /** {@code .Q.sbt x}: a backtrace object as text, innermost frame first. */
    public static K text(K backtrace) {
        if (backtrace.type() != 0) {
            throw QException.type();
        }
        K[] frames = Lists.items(backtrace);
        StringBuilder out = new StringBuilder();
        for (int i = frames.length - 1; i >= 0; i--) {
            if (frames[i].type() != 0 || frames[i].count() != 2) {
                throw QException.type();
            }
            String name = Q.text(Lists.at(frames[i], 0));
            out.append("  [").append(i).append("]  ").append(name.isEmpty() ? "" : name + ":")
                    .append(Q.text(Lists.at(frames[i], 1))).append('\n');
        }
        return Q.str(out.toString());
    }

    /** {@code .Q.bt[]}: prints the calls under way. */
    public static K print(Interp interp, K ignored) {
        String text = Q.text(text(interp.backtrace().snapshot()));
        interp.context().print(text.substring(0, text.length() - 1));
        return Q.NIL;
    }

    /**
     * {@code .Q.trp[f;x;g]} ({@code spread} false) and {@code .Q.trpd[f;args;g]}: f applied to
     * x (or to the items of args); if that signals, g applied to the error's text and the
     * backtrace of where it was signalled.
     */
    public static K trap(Interp interp, K f, K x, K g, boolean spread) {
        if (!(f instanceof Fn)) {
            throw QException.type();
        }
        Backtrace calls = interp.backtrace();
        int depth = calls.calls.size();
        calls.push(null, spread ? "(.Q.trpd)" : "(.Q.trp)");
        try {
            return spread ? Application.dot(interp, f, x) : interp.apply(f, new K[] {x});
        } catch (QException e) {
            K trace = e.backtrace() != null ? e.backtrace() : calls.snapshot();
            while (calls.calls.size() > depth) {
                calls.pop();
            }
            return interp.apply(g, new K[] {Q.str(e.text()), trace});
        } finally {
            while (calls.calls.size() > depth) {
                calls.pop();
            }
        }
    }
}
