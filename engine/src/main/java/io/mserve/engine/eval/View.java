package io.mserve.engine.eval;

import io.mserve.engine.QException;
import io.mserve.engine.parse.Node;
import io.mserve.engine.value.Displayable;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.KList;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolVector;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A view (learn/views.md): an expression over globals whose value is kept until one of the
 * globals it depends on changes. {@code `. `v} is the view itself, shown as its text; its
 * {@code value} is its last result (or {@code ::}), parse tree, dependencies and text.
 */
final class View extends K implements Displayable {
    private final Node body;
    private final String source;
    private final SymbolVector dependencies;
    private final K last;

    private View(Node body, String source, SymbolVector dependencies, K last) {
        this.body = body;
        this.source = source;
        this.dependencies = dependencies;
        this.last = last;
    }

    /** A view as defined, not yet evaluated; {@code primitive} tells the names that are no dependency. */
    static View of(Node.View definition, Predicate<String> primitive) {
        Set<String> names = new LinkedHashSet<>();
        dependencies(definition.value(), primitive, names);
        return new View(definition.value(), definition.source(), Q.syms(names.toArray(new String[0])), null);
    }

    // The names the view reads, in order: a query's only from its table, as q cannot tell columns from globals.
    private static void dependencies(Node n, Predicate<String> primitive, Set<String> out) {
        if (n instanceof Node.Var v && !primitive.test(v.name())) {
            out.add(v.name());
        }
        for (Node c : n instanceof Node.Query q ? List.of(q.from()) : Node.children(n)) {
            dependencies(c, primitive, out);
        }
    }

    boolean dependsOn(String name) {
        for (String d : dependencies.items()) {
            if (d.equals(name)) {
                return true;
            }
        }
        return false;
    }

    Node body() {
        return body;
    }

    /** The last result, null before the view is first read. */
    K last() {
        return last;
    }

    /** The view with its result of a reading. */
    View withLast(K value) {
        return new View(body, source, dependencies, value);
    }

    String source() {
        return source;
    }

    /** {@code value `. `v}: the last result or {@code ::}, the parse tree, the dependencies, the text. */
    K metadata(Interp interp) {
        return new KList(last == null ? Q.NIL : last, ParseTree.of(interp, body), dependencies, Q.str(source));
    }

    @Override
    public int type() {
        return QType.LAMBDA;
    }

    @Override
    public int count() {
        return 1;
    }

    @Override
    public K wireForm() {
        throw QException.nyi(); // how kdb+ serializes a view is not known to us
    }

    @Override
    public String display() {
        return source;
    }
}
