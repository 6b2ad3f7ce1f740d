package io.mserve.engine.eval;

import io.mserve.engine.QException;
import io.mserve.engine.parse.Node;
import io.mserve.engine.value.Fn;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.Lambda;
import io.mserve.ipc.value.QType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A q lambda: parameters, body, the namespace it was defined in, and its source text as q shows it. */
public final class LambdaFn extends Fn {
    private static final K EMPTY = new KList();

    private final Interp interp;
    private final List<String> params;
    private final List<Node> patterns;
    private final List<Node> body;
    private final Set<String> declared;
    private final String source;
    private final String namespace;
    private final String name;

    /** A lambda; {@code name} is what a backtrace calls it: the global it was assigned to, else null. */
    LambdaFn(Interp interp, Node.Lambda lambda, String namespace, String name) {
        this.interp = interp;
        this.name = name;
        this.params = lambda.params();
        this.patterns = lambda.patterns();
        this.body = lambda.body();
        this.declared = lambda.locals();
        this.source = lambda.source();
        this.namespace = namespace;
    }

    /** The name a backtrace shows: the global it was assigned to, {@code f@} for one made inside f, or null. */
    String name() {
        return name;
    }

    @Override
    public int type() {
        return QType.LAMBDA;
    }

    @Override
    public int rank() {
        return params.size();
    }

    @Override
    public K call(K... args) {
        boolean niladic = params.isEmpty() && args.length == 1 && args[0] == Q.NIL;
        if (args.length > params.size() && !niladic && !(params.size() == 1 && args.length == 1)) {
            throw QException.rank();
        }
        Map<String, K> locals = new HashMap<>();
        for (String local : declared) {
            locals.put(local, EMPTY); // q makes a lambda's locals when it parses it, each ()
        }
        Frame frame = new Frame(locals, namespace, this);
        for (int i = 0; i < params.size(); i++) {
            K arg = i < args.length ? args[i] : Q.NIL;
            locals.put(params.get(i), arg);
            if (patterns.get(i) != null) {
                interp.bindPattern(patterns.get(i), arg, frame);
            }
        }
        return interp.invoke(this, body, frame);
    }

    @Override
    public K wireForm() {
        return FunctionWire.lambda(namespace, source);
    }

    @Override
    public String display() {
        return source;
    }
}
