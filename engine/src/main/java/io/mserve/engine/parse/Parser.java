package io.mserve.engine.parse;

import io.mserve.engine.QException;
import io.mserve.engine.parse.Node.Column;
import io.mserve.ipc.value.KList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Parses q into {@link Node}s. q reads right to left: {@code x f y} is {@code f[x;y]} with
 * {@code y} everything to the right; a noun followed by a noun is application
 * ({@code f x}); iterators bind to the term on their left.
 */
public final class Parser {
    private static final Set<String> QUERY_WORDS = Set.of("select", "exec", "update", "delete");

    private final String src;
    private final List<Token> tokens;
    private final Predicate<String> infixKeyword;
    private int pos;
    // Inside a q-SQL phrase, these names and (when set) top-level commas end an expression.
    private Set<String> stops = Set.of();
    private boolean commaStops;
    // Inside a q-SQL query (outside its lambdas), whose phrases q evaluates as parse trees.
    private boolean inQuery;

    private Parser(String src, Predicate<String> infixKeyword) {
        this.src = src;
        this.tokens = Lexer.lex(src);
        this.infixKeyword = infixKeyword;
    }

    /**
     * Parses source text into its statements.
     *
     * @param infixKeyword which names are keywords that may be written infix ({@code x mod y})
     * @throws QException a q parse error ({@code 'parse}, or the offending token)
     */
    public static Node.Block parse(String src, Predicate<String> infixKeyword) {
        Parser p = new Parser(src, infixKeyword);
        List<Node> statements = new ArrayList<>();
        while (true) {
            statements.add(p.isView() ? p.view() : p.expression());
            if (p.peek().is(Token.Kind.SEMI)) {
                p.pos++;
                continue;
            }
            if (p.peek().is(Token.Kind.EOF)) {
                return new Node.Block(statements);
            }
            throw new QException(p.peek().text());
        }
    }

    /** The tokens of {@code src} as q's {@code -4!} gives them: each token's text, and the text between tokens. */
    public static List<String> tokens(String src) {
        List<String> out = new ArrayList<>();
        int at = 0;
        for (Token t : Lexer.lex(src)) {
            if (t.start() > at) {
                out.add(src.substring(at, t.start()));
            }
            if (t.end() > t.start()) {
                out.add(src.substring(t.start(), t.end()));
            }
            at = Math.max(at, t.end());
        }
        return out;
    }

    // name::expr, a statement of its own at the top level
    private boolean isView() {
        return peek().is(Token.Kind.NAME) && tokens.get(pos + 1).isOp("::");
    }

    // A view's definition is the statements to the end of the line: v::a;b is a view of a;b.
    private Node view() {
        String name = next().text();
        pos++; // ::
        int from = peek().start();
        List<Node> body = new ArrayList<>();
        body.add(expression());
        while (peek().is(Token.Kind.SEMI) && peek().text().equals(";")) {
            pos++;
            body.add(expression());
        }
        String source = src.substring(from, Math.max(from, tokens.get(pos - 1).end())).strip();
        return new Node.View(name, body.size() == 1 ? body.get(0) : new Node.Block(body), source);
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        return tokens.get(pos++);
    }

    private void expect(Token.Kind kind) {
        if (!peek().is(kind)) {
            throw new QException(peek().is(Token.Kind.EOF) ? "parse" : peek().text());
        }
        pos++;
    }

    private List<Node> statements(Token.Kind end) {
        List<Node> out = new ArrayList<>();
        while (true) {
            out.add(expression());
            if (peek().is(Token.Kind.SEMI)) {
                pos++;
                continue;
            }
            if (peek().is(end)) {
                return out;
            }
            throw new QException(peek().is(Token.Kind.EOF) ? "parse" : peek().text());
        }
    }

    private boolean atExpressionEnd() {
        Token t = peek();
        switch (t.kind()) {
            case SEMI: case RPAREN: case RBRACKET: case RBRACE: case EOF:
                return true;
            case NAME:
                return stops.contains(t.text());
            case OP:
                return commaStops && t.text().equals(",");
            default:
                return false;
        }
    }

    /** One expression, up to a {@code ;} or closing bracket; {@link Node.Nothing} when empty. */
    private Node expression() {
        if (peek().isOp(":") && tokens.get(pos + 1).is(Token.Kind.LBRACKET) && !tokens.get(pos + 1).spaced()) {
            // :[x;pattern;result;...;default] matches x against each pattern in turn (q 4.1)
            pos += 2;
            Node cond = new Node.Control(":", arguments());
            List<Term> rest = new ArrayList<>();
            rest.add(new Term(cond, false));
            while (!atExpressionEnd()) {
                rest.add(term());
            }
            return build(rest, 0);
        }
        if (peek().isOp(":") && !endsAfterColon() && !iteratorFollows()) {
            pos++;
            return new Node.Return(expression());
        }
        List<Term> terms = new ArrayList<>();
        while (!atExpressionEnd()) {
            if (terms.isEmpty() && peek().is(Token.Kind.ADVERB) && peek().text().equals("'")
                    && !(tokens.get(pos + 1).is(Token.Kind.LBRACKET) && !tokens.get(pos + 1).spaced())) {
                pos++;
                return new Node.Signal(expression());
            }
            if (peek().is(Token.Kind.NAME) && QUERY_WORDS.contains(peek().text()) && !followedByBracketOrColon()) {
                terms.add(new Term(query(), false));
                break;
            }
            terms.add(term());
        }
        Node n = build(terms, 0);
        return n == null ? new Node.Nothing() : n;
    }

    // A lone colon, as in @[x;i;:;y], is the assign verb, not a return.
    private boolean endsAfterColon() {
        Token.Kind k = tokens.get(pos + 1).kind();
        return k == Token.Kind.SEMI || k == Token.Kind.RBRACKET || k == Token.Kind.RPAREN || k == Token.Kind.RBRACE
                || k == Token.Kind.EOF;
    }

    // :/ is the assign verb with an iterator (:/[x] is x's last item), not a return.
    private boolean iteratorFollows() {
        Token t = tokens.get(pos + 1);
        return t.is(Token.Kind.ADVERB) && !t.spaced();
    }

    private boolean followedByBracketOrColon() {
        Token t = tokens.get(pos + 1);
        return t.isOp(":") || (t.is(Token.Kind.LBRACKET) && !t.spaced() && !peek().text().equals("select"));
    }

    private record Term(Node node, boolean verb, boolean parenthesised) {
        Term(Node node, boolean verb) {
            this(node, verb, false);
        }

        // (::) and (:) written in parentheses are values, never an assignment's colon
        boolean isOp(String glyph) {
            return !parenthesised && node instanceof Node.Op && ((Node.Op) node).glyph().equals(glyph);
        }
    }

    private Node build(List<Term> t, int i) {
        int n = t.size();
        if (i >= n) {
            return null;
        }
        Term a = t.get(i);
        if (i == n - 1) {
            return a.node();
        }
        Term b = t.get(i + 1);
        if (assignable(a.node())) {
            if (b.isOp(":") || b.isOp("::")) {
                return assign(a.node(), null, orNothing(build(t, i + 2)), b.isOp("::"));
            }
            if (b.verb() && i + 2 < n && t.get(i + 2).isOp(":")) {
                return assign(a.node(), b.node(), orNothing(build(t, i + 3)), false);
            }
            if (!b.parenthesised() && b.node() instanceof Node.Op && ((Node.Op) b.node()).glyph().length() == 2
                    && ((Node.Op) b.node()).glyph().endsWith(":") && !((Node.Op) b.node()).glyph().equals("::")
                    && !Character.isDigit(((Node.Op) b.node()).glyph().charAt(0))) {
                String op = ((Node.Op) b.node()).glyph().substring(0, 1);
                return assign(a.node(), new Node.Op(op), orNothing(build(t, i + 2)), false);
            }
        }
        if (b.isOp(":") && (a.node() instanceof Node.ListOf || a.node() instanceof Node.Const
                || a.node() instanceof Node.TableOf || isDictPattern(a.node()) || a.parenthesised())) {
            return new Node.Match(a.node(), orNothing(build(t, i + 2)));
        }
        if (a.verb()) {
            Node rhs = orNothing(build(t, i + 1));
            return opens(t, i + 1, rhs) ? compose(a.node(), rhs) : new Node.Monadic(a.node(), rhs);
        }
        if (b.verb()) {
            if (i + 2 == n - 1 && t.get(i + 2).verb()) {
                // (0|+): a verb with a verb on its right and nothing after is a composition.
                return new Node.Apply(new Node.Op("'"), List.of(new Node.Dyadic(b.node(), a.node(), null), t.get(i + 2).node()));
            }
            Node rhs = build(t, i + 2);
            return opens(t, i + 2, rhs) ? compose(new Node.Dyadic(b.node(), a.node(), null), rhs)
                    : new Node.Dyadic(b.node(), a.node(), rhs);
        }
        Node rhs = build(t, i + 1);
        return opens(t, i + 1, rhs) ? compose(a.node(), rhs) : new Node.Monadic(a.node(), rhs);
    }

    // The right-hand side, terms from..., is an unfinished function to compose with; one in parentheses is a value: type (2+) is 104h.
    private static boolean opens(List<Term> t, int from, Node rhs) {
        return isOpenFunction(rhs) && !(from == t.size() - 1 && t.get(from).parenthesised());
    }

    // til count@ : a function written before an unfinished one composes with it, and with such a composition.
    private static boolean isOpenFunction(Node n) {
        if (n instanceof Node.Apply a && a.fn() instanceof Node.Op op && op.glyph().equals("'") && a.args().size() == 2) {
            return isOpenFunction(a.args().get(1));
        }
        return n instanceof Node.Dyadic && ((Node.Dyadic) n).right() == null;
    }

    private static Node compose(Node f, Node g) {
        return new Node.Apply(new Node.Op("'"), List.of(f, g));
    }

    private static boolean isDictPattern(Node n) {
        return n instanceof Node.Dyadic && ((Node.Dyadic) n).fn() instanceof Node.Op
                && ((Node.Op) ((Node.Dyadic) n).fn()).glyph().equals("!");
    }

    private static Node orNothing(Node n) {
        return n == null ? new Node.Nothing() : n;
    }

    private static boolean assignable(Node n) {
        return n instanceof Node.Var || (n instanceof Node.Apply && ((Node.Apply) n).fn() instanceof Node.Var);
    }

    private static Node assign(Node target, Node op, Node value, boolean global) {
        if (target instanceof Node.Var) {
            return new Node.Assign(((Node.Var) target).name(), null, op, value, global);
        }
        Node.Apply a = (Node.Apply) target;
        return new Node.Assign(((Node.Var) a.fn()).name(), a.args(), op, value, global);
    }

    /** A primary with its postfix brackets and iterators. */
    private Term term() {
        Term t = primary();
        while (true) {
            Token p = peek();
            if (p.is(Token.Kind.LBRACKET) && !(t.node() instanceof Node.Control)) {
                pos++;
                List<Node> args = arguments();
                if (args.size() == 1 && args.get(0) != null && isOperator(t.node())) {
                    // An operator given one argument in brackets is projected: ?["brown"] is "brown"?, +[2] is 2+.
                    args = projected(args.get(0));
                }
                t = new Term(new Node.Apply(t.node(), args), false);
            } else if (p.is(Token.Kind.ADVERB) && !p.spaced()) {
                pos++;
                t = new Term(new Node.Derived(t.node(), p.text()), true);
            } else {
                return t;
            }
        }
    }

    // The arguments of an operator projected on its left argument: [x;].
    private static List<Node> projected(Node left) {
        List<Node> args = new ArrayList<>();
        args.add(left);
        args.add(null);
        return args;
    }

    // A glyph with a binary form: not ::, not a unary form such as -: or #:.
    private static boolean isOperator(Node n) {
        if (!(n instanceof Node.Op op) || op.glyph().equals("::")) {
            return false;
        }
        String g = op.glyph();
        return !(g.length() == 2 && g.endsWith(":") && !Character.isDigit(g.charAt(0)));
    }

    /** Bracket contents after {@code [}: expressions split by {@code ;}, empty ones elided (null); {@code []} is one {@code ::}. */
    private List<Node> arguments() {
        Set<String> savedStops = stops;
        boolean savedComma = commaStops;
        stops = Set.of();
        commaStops = false;
        try {
            List<Node> args = new ArrayList<>();
            if (peek().is(Token.Kind.RBRACKET)) {
                pos++;
                args.add(new Node.Nothing());
                return args;
            }
            while (true) {
                Node e = expression();
                args.add(e instanceof Node.Nothing ? null : e);
                if (peek().is(Token.Kind.SEMI)) {
                    pos++;
                    continue;
                }
                expect(Token.Kind.RBRACKET);
                return args;
            }
        } finally {
            stops = savedStops;
            commaStops = savedComma;
        }
    }

    private Term primary() {
        Token t = next();
        switch (t.kind()) {
            case LITERAL:
                return new Term(new Node.Const(t.value()), false);
            case NAME: {
                String name = t.text();
                if ((name.equals("if") || name.equals("do") || name.equals("while")) && peek().is(Token.Kind.LBRACKET)) {
                    pos++;
                    return new Term(new Node.Control(name, arguments()), false);
                }
                boolean verb = infixKeyword.test(name) && !(peek().is(Token.Kind.LBRACKET) && !peek().spaced());
                return new Term(new Node.Var(name), verb);
            }
            case OP: {
                if ((t.text().equals("$") || (t.text().equals(":") && t.spaced())) && peek().is(Token.Kind.LBRACKET)
                        && !peek().spaced()) {
                    pos++;
                    List<Node> args = arguments();
                    if (t.text().equals("$") && args.size() == 1 && args.get(0) != null) {
                        // $[x] is no conditional but $ projected, as any operator given one argument
                        return new Term(new Node.Apply(new Node.Op("$"), projected(args.get(0))), false);
                    }
                    if (t.text().equals("$") && inQuery) {
                        // q-SQL has no Cond (ref/cond.md): its parse tree applies $ to all the arguments
                        return new Term(new Node.Apply(new Node.Op("$"), args), false);
                    }
                    return new Term(new Node.Control(t.text(), args), false);
                }
                String glyph = t.text();
                if (!glyph.equals(":") && !glyph.equals("::") && peek().isOp(":") && !peek().spaced()) {
                    // #: is the unary form of # as a value; after a name it is an amend (a,:1), which build() sees.
                    pos++;
                    glyph = glyph + ":";
                }
                boolean applied = peek().is(Token.Kind.LBRACKET) && !peek().spaced();
                return new Term(new Node.Op(glyph), !applied);
            }
            case ADVERB:
                if (peek().is(Token.Kind.LBRACKET) && !peek().spaced()) {
                    // An iterator applied with brackets, '[f] /[f] \[f], derives a function that is not infix.
                    pos++;
                    List<Node> args = arguments();
                    if (t.text().equals("'")) {
                        return new Term(new Node.Apply(new Node.Op("'"), args), false);
                    }
                    if (args.size() == 1 && args.get(0) != null) {
                        return new Term(new Node.Derived(args.get(0), t.text()), false);
                    }
                }
                if (peek().is(Token.Kind.SEMI) || peek().is(Token.Kind.RPAREN)) {
                    // an iterator alone as an item, (/;+): the value a parse tree holds
                    return new Term(new Node.Op(t.text()), false);
                }
                throw new QException(t.text());
            case LPAREN:
                return new Term(parenthesised(), false, true);
            case LBRACE:
                return new Term(lambda(t), false);
            case LBRACKET: {
                List<Node> body = statements(Token.Kind.RBRACKET);
                pos++;
                return new Term(new Node.Block(body), false);
            }
            default:
                throw new QException(t.is(Token.Kind.EOF) ? "parse" : t.text());
        }
    }

    private Node parenthesised() {
        Set<String> savedStops = stops;
        boolean savedComma = commaStops;
        stops = Set.of();
        commaStops = false;
        try {
            if (peek().is(Token.Kind.LBRACKET)) {
                return table();
            }
            if (peek().is(Token.Kind.RPAREN)) {
                pos++;
                return new Node.Const(new KList());
            }
            List<Node> items = new ArrayList<>();
            boolean list = false;
            while (true) {
                Node e = expression();
                items.add(e);
                if (peek().is(Token.Kind.SEMI)) {
                    pos++;
                    list = true;
                    continue;
                }
                expect(Token.Kind.RPAREN);
                break;
            }
            if (!list) {
                return items.get(0);
            }
            List<Node> elided = new ArrayList<>();
            for (Node item : items) {
                elided.add(item instanceof Node.Nothing ? null : item);
            }
            return new Node.ListOf(elided);
        } finally {
            stops = savedStops;
            commaStops = savedComma;
        }
    }

    private Node table() {
        pos++; // [
        List<Column> keys = columns(Token.Kind.RBRACKET);
        pos++;
        if (peek().is(Token.Kind.SEMI)) {
            pos++;
        }
        List<Column> cols = peek().is(Token.Kind.RPAREN) ? List.of() : columns(Token.Kind.RPAREN);
        expect(Token.Kind.RPAREN);
        return new Node.TableOf(keys, cols);
    }

    private List<Column> columns(Token.Kind end) {
        List<Column> out = new ArrayList<>();
        if (peek().is(end)) {
            return out;
        }
        while (true) {
            out.add(column(expression()));
            if (peek().is(Token.Kind.SEMI)) {
                pos++;
                continue;
            }
            if (!peek().is(end)) {
                throw new QException(peek().text());
            }
            return out;
        }
    }

    private static Column column(Node e) {
        if (e instanceof Node.Assign && ((Node.Assign) e).indices() == null && ((Node.Assign) e).op() == null) {
            Node.Assign a = (Node.Assign) e;
            return new Column(a.name(), a.value());
        }
        return new Column(null, e);
    }

    private Node lambda(Token open) {
        Set<String> savedStops = stops;
        boolean savedComma = commaStops;
        boolean savedQuery = inQuery;
        stops = Set.of();
        commaStops = false;
        inQuery = false;
        try {
            List<String> params = null;
            List<Node> patterns = new ArrayList<>();
            if (peek().is(Token.Kind.LBRACKET)) {
                pos++;
                params = new ArrayList<>();
                if (!peek().is(Token.Kind.RBRACKET)) {
                    // Each slot is a name, a pattern, or empty (an argument that is ignored).
                    for (Node slot : arguments()) {
                        boolean plain = slot instanceof Node.Var;
                        params.add(plain ? ((Node.Var) slot).name() : "\u0000" + params.size());
                        patterns.add(plain || slot == null ? null : slot);
                    }
                } else {
                    pos++;
                }
            }
            List<Node> body = statements(Token.Kind.RBRACE);
            Token close = next();
            String source = src.substring(open.start(), close.end());
            if (params == null) {
                params = implicitParams(body);
            }
            while (patterns.size() < params.size()) {
                patterns.add(null);
            }
            Set<String> declared = new HashSet<>(params);
            Set<String> globals = new HashSet<>();
            body.forEach(n -> globalUsedAsLocal(n, declared, globals));
            Set<String> locals = new HashSet<>();
            body.forEach(n -> assigned(n, locals));
            patterns.forEach(n -> bound(n, locals));
            locals.removeAll(params);
            return new Node.Lambda(params, patterns, body, source, Set.copyOf(locals));
        } finally {
            stops = savedStops;
            commaStops = savedComma;
            inQuery = savedQuery;
        }
    }

    // q's compiler refuses a lambda that assigns a name globally (a::1) before it assigns it locally (a:1): 'a.
    // A parameter or a name already local is amended by a::, which leaves it local.
    private static void globalUsedAsLocal(Node n, Set<String> locals, Set<String> globals) {
        if (n instanceof Node.Assign a && a.indices() == null && a.op() == null) {
            if (!a.global() && globals.contains(a.name())) {
                throw new QException(a.name());
            }
            (a.global() && !locals.contains(a.name()) ? globals : locals).add(a.name());
        }
        for (Node c : Node.children(n)) {
            globalUsedAsLocal(c, locals, globals);
        }
    }

    // The names n assigns with : (not ::, not an amend) or binds by a pattern, outside nested lambdas.
    private static void assigned(Node n, Set<String> out) {
        if (n instanceof Node.Assign a && !a.global() && a.indices() == null && a.op() == null) {
            out.add(a.name());
        }
        if (n instanceof Node.Match m) {
            bound(m.pattern(), out);
            assigned(m.value(), out);
            return;
        }
        for (Node c : Node.children(n)) {
            assigned(c, out);
        }
    }

    // The names a pattern of pattern assignment binds: (a;b), name:`t, ([k:a]), (k!v).
    private static void bound(Node n, Set<String> out) {
        if (n instanceof Node.Var v) {
            out.add(v.name());
        } else if (n instanceof Node.ListOf l) {
            l.items().forEach(x -> bound(x, out));
        } else if (n instanceof Node.Assign a && a.indices() == null && a.op() == null) {
            out.add(a.name());
        } else if (n instanceof Node.Match m) {
            bound(m.pattern(), out);
        } else if (n instanceof Node.TableOf t) {
            t.keys().forEach(c -> bound(c.value(), out));
            t.columns().forEach(c -> bound(c.value(), out));
        } else if (n instanceof Node.Dyadic d) {
            bound(d.right(), out);
        }
    }

    // A lambda without [params] takes x, x y or x y z: as many as the highest of them it uses.
    private static List<String> implicitParams(List<Node> body) {
        Set<String> used = new HashSet<>();
        for (Node n : body) {
            collectNames(n, used);
        }
        if (used.contains("z")) {
            return List.of("x", "y", "z");
        }
        if (used.contains("y")) {
            return List.of("x", "y");
        }
        return List.of("x");
    }

    private static void collectNames(Node n, Set<String> out) {
        if (n instanceof Node.Var v) {
            out.add(v.name());
        } else if (n instanceof Node.Assign a) {
            out.add(a.name());
        }
        // As in q, only the from phrase of a query counts towards a lambda's implicit parameters.
        for (Node c : n instanceof Node.Query q ? List.of(q.from()) : Node.children(n)) {
            collectNames(c, out);
        }
    }

    /** {@code select a,b by c from t where d, e}; the phrases end where the statement ends. */
    private Node query() {
        String kind = next().text();
        Node limit = null;
        if (peek().is(Token.Kind.LBRACKET) && !peek().spaced()) {
            pos++;
            List<Node> a = arguments();
            // select[n], select[<c] or select[n;<c]: the limit, the order, or both as a list
            limit = a.size() == 1 ? a.get(0) : new Node.ListOf(a);
        }
        Set<String> savedStops = stops;
        boolean savedComma = commaStops;
        boolean savedQuery = inQuery;
        inQuery = true;
        try {
            List<Column> columns = new ArrayList<>();
            List<Column> by = new ArrayList<>();
            stops = Set.of("by", "from");
            commaStops = true;
            if (!peek().is(Token.Kind.NAME) || !stops.contains(peek().text())) {
                columns = phrase();
            }
            if (peek().is(Token.Kind.NAME) && peek().text().equals("by")) {
                pos++;
                stops = Set.of("from");
                by = phrase();
            }
            if (!(peek().is(Token.Kind.NAME) && peek().text().equals("from"))) {
                throw new QException(peek().is(Token.Kind.EOF) ? "parse" : peek().text());
            }
            pos++;
            stops = Set.of("where");
            commaStops = false;
            Node from = expression();
            List<Node> where = new ArrayList<>();
            if (peek().is(Token.Kind.NAME) && peek().text().equals("where")) {
                pos++;
                stops = Set.of();
                commaStops = true;
                while (true) {
                    where.add(expression());
                    if (peek().isOp(",")) {
                        pos++;
                        continue;
                    }
                    break;
                }
            }
            return new Node.Query(kind, columns, by, from, where, limit);
        } finally {
            stops = savedStops;
            commaStops = savedComma;
            inQuery = savedQuery;
        }
    }

    private List<Column> phrase() {
        List<Column> out = new ArrayList<>();
        while (true) {
            out.add(column(expression()));
            if (peek().isOp(",")) {
                pos++;
                continue;
            }
            return out;
        }
    }
}
