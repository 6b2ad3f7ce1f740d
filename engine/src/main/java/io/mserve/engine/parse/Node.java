package io.mserve.engine.parse;

import io.mserve.ipc.value.K;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The parsed form of q: what the interpreter walks. */
public sealed interface Node {

    /** A literal value. */
    record Const(K value) implements Node {}

    /** A name: a variable, a keyword, {@code x} in a lambda. */
    record Var(String name) implements Node {}

    /** An operator glyph used as a value or verb: {@code +}, {@code #}, {@code 0:}. */
    record Op(String glyph) implements Node {}

    /** A function derived by an iterator: {@code +/}, {@code f'}, {@code ,/:}. */
    record Derived(Node fn, String iterator) implements Node {}

    /** {@code f[a;b]}: application or indexing; a null argument is elided ({@code f[;b]}), which projects. */
    record Apply(Node fn, List<Node> args) implements Node {}

    /** {@code f x}: juxtaposition, or a verb applied to its right argument. */
    record Monadic(Node fn, Node arg) implements Node {}

    /** {@code x f y}: an infix verb. {@code right} null is a projection such as {@code (2+)}. */
    record Dyadic(Node fn, Node left, Node right) implements Node {}

    /** {@code (a;b;c)}; a null item is elided. */
    record ListOf(List<Node> items) implements Node {}

    /**
     * {@code {[a;b] ...}}: parameters, body statements, and the source text q shows. A parameter
     * written as a pattern ({@code [(a;b);c]}, {@code [x:f]}) has a pattern; a plain name has null.
     * {@code locals} are the other names the body assigns with {@code :}, which q makes local
     * when it parses the lambda (outside nested lambdas).
     */
    record Lambda(List<String> params, List<Node> patterns, List<Node> body, String source, Set<String> locals)
            implements Node {}

    /** {@code a:v}, {@code a::v}, {@code a[i]:v}, {@code a+:v}, {@code a[i],:v}. */
    record Assign(String name, List<Node> indices, Node op, Node value, boolean global) implements Node {}

    /**
     * {@code v::expr} as a statement of its own at the top level: a view (learn/views.md), whose
     * definition runs to the end of the line, {@code ;} included; {@code source} is that text.
     */
    record View(String name, Node value, String source) implements Node {}

    /** {@code (a;b):1 2}: assignment by pattern; constants in the pattern must match. */
    record Match(Node pattern, Node value) implements Node {}

    /** {@code $[c;t;f]}, {@code if[...]}, {@code do[...]}, {@code while[...]}. */
    record Control(String kind, List<Node> parts) implements Node {}

    /** {@code :x} inside a lambda. */
    record Return(Node value) implements Node {}

    /** {@code 'x}: signal an error. */
    record Signal(Node value) implements Node {}

    /** Statements in order; the value is the last's. */
    record Block(List<Node> statements) implements Node {}

    /** {@code ([k:..] a:..; b:..)}: a table literal, keyed when {@code keys} is not empty. */
    record TableOf(List<Column> keys, List<Column> columns) implements Node {}

    /** A named column expression of a table literal or a q-SQL phrase; the name may be null (then q derives it). */
    record Column(String name, Node value) {}

    /** {@code select/exec/update/delete ... by ... from ... where ...}. */
    record Query(String kind, List<Column> columns, List<Column> by, Node from, List<Node> where, Node limit)
            implements Node {}

    /** Nothing: an empty statement or an elided item; its value is {@code ::}. */
    record Nothing() implements Node {}

    /** The nodes directly inside {@code n}, in source order; none inside a lambda, a scope of its own. */
    static List<Node> children(Node n) {
        List<Node> out = new ArrayList<>();
        if (n instanceof Derived d) {
            out.add(d.fn());
        } else if (n instanceof Apply a) {
            out.add(a.fn());
            out.addAll(a.args());
        } else if (n instanceof Monadic m) {
            out.add(m.fn());
            out.add(m.arg());
        } else if (n instanceof Dyadic d) {
            out.add(d.fn());
            out.add(d.left());
            out.add(d.right());
        } else if (n instanceof ListOf l) {
            out.addAll(l.items());
        } else if (n instanceof Assign a) {
            if (a.indices() != null) {
                out.addAll(a.indices());
            }
            out.add(a.op());
            out.add(a.value());
        } else if (n instanceof View v) {
            out.add(v.value());
        } else if (n instanceof Match m) {
            out.add(m.pattern());
            out.add(m.value());
        } else if (n instanceof Control c) {
            out.addAll(c.parts());
        } else if (n instanceof Return r) {
            out.add(r.value());
        } else if (n instanceof Signal g) {
            out.add(g.value());
        } else if (n instanceof Block b) {
            out.addAll(b.statements());
        } else if (n instanceof TableOf t) {
            t.keys().forEach(c -> out.add(c.value()));
            t.columns().forEach(c -> out.add(c.value()));
        } else if (n instanceof Query q) {
            q.columns().forEach(c -> out.add(c.value()));
            if (q.by() != null) {
                q.by().forEach(c -> out.add(c.value()));
            }
            out.add(q.from());
            if (q.where() != null) {
                out.addAll(q.where());
            }
            out.add(q.limit());
        }
        out.removeIf(Objects::isNull);
        return out;
    }
}
