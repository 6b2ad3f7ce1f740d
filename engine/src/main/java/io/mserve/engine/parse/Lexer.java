package io.mserve.engine.parse;

import io.mserve.engine.QException;
import io.mserve.engine.value.Q;
import io.mserve.ipc.value.ByteVector;
import io.mserve.ipc.value.K;
import io.mserve.ipc.value.QType;
import io.mserve.ipc.value.SymbolVector;
import io.mserve.ipc.value.Symbols;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** Splits q source text into tokens. Comments are dropped; a newline inside brackets is a space, outside it is {@code ;}. */
final class Lexer {
    private static final String OPERATORS = "+-*%!&|<>=~,^#_$?@.:";

    private final String src;
    private int pos;
    private final List<Token> tokens = new ArrayList<>();

    private Lexer(String src) {
        this.src = src;
    }

    static List<Token> lex(String src) {
        Lexer lexer = new Lexer(src);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        int depth = 0;
        boolean spaced = true;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n' || c == '\r') {
                pos++;
                if (depth == 0 && c == '\n' && !tokens.isEmpty() && !last().is(Token.Kind.SEMI)) {
                    tokens.add(new Token(Token.Kind.SEMI, "\n", null, true, pos - 1, pos));
                }
                spaced = true;
                continue;
            }
            if (c == ' ' || c == '\t') {
                pos++;
                spaced = true;
                continue;
            }
            if (c == '/' && (spaced || pos == 0)) {
                // A slash after whitespace (or at the start) begins a comment to the end of the line.
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
                continue;
            }
            int start = pos;
            if (startsNumber(spaced)) {
                number(spaced);
            } else if (c == '"') {
                string(spaced);
            } else if (c == '`') {
                symbols(spaced);
            } else if (Character.isLetter(c) || (c == '.' && pos + 1 < src.length() && Character.isLetter(src.charAt(pos + 1)))) {
                name(spaced);
            } else if (c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}' || c == ';') {
                pos++;
                Token.Kind kind = switch (c) {
                    case '(' -> Token.Kind.LPAREN;
                    case ')' -> Token.Kind.RPAREN;
                    case '[' -> Token.Kind.LBRACKET;
                    case ']' -> Token.Kind.RBRACKET;
                    case '{' -> Token.Kind.LBRACE;
                    case '}' -> Token.Kind.RBRACE;
                    default -> Token.Kind.SEMI;
                };
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c != ';') {
                    depth = Math.max(0, depth - 1);
                }
                tokens.add(new Token(kind, String.valueOf(c), null, spaced, start, pos));
            } else if (c == '\'' || c == '/' || c == '\\') {
                pos++;
                if (pos < src.length() && src.charAt(pos) == ':') {
                    pos++;
                }
                tokens.add(new Token(Token.Kind.ADVERB, src.substring(start, pos), null, spaced, start, pos));
            } else if (Character.isDigit(c) && pos + 1 < src.length() && src.charAt(pos + 1) == ':') {
                pos += 2; // 0: 1: 2:
                tokens.add(new Token(Token.Kind.OP, src.substring(start, pos), null, spaced, start, pos));
            } else if (OPERATORS.indexOf(c) >= 0) {
                pos++;
                if (c == ':' && pos < src.length() && src.charAt(pos) == ':') {
                    pos++;
                } else if ((c == '<' || c == '>') && pos < src.length() && (src.charAt(pos) == '=' || (c == '<' && src.charAt(pos) == '>'))) {
                    pos++;
                }
                tokens.add(new Token(Token.Kind.OP, src.substring(start, pos), null, spaced, start, pos));
            } else {
                throw new QException("char");
            }
            spaced = false;
        }
        tokens.add(new Token(Token.Kind.EOF, "", null, true, pos, pos));
    }

    private Token last() {
        return tokens.get(tokens.size() - 1);
    }

    /** Whether a number starts here: a digit, {@code .5}, or a minus sign that q reads as part of one. */
    private boolean startsNumber(boolean spaced) {
        char c = src.charAt(pos);
        if (Character.isDigit(c)) {
            // 0: 1: 2: are verbs (file text, file binary, dynamic load), not numbers.
            // (a time such as 1:30 has two digits after its colon; 1:0x01 is the verb applied to bytes)
            boolean verb = c <= '2' && pos + 1 < src.length() && src.charAt(pos + 1) == ':'
                    && (pos + 3 >= src.length() || !Character.isDigit(src.charAt(pos + 2))
                        || !Character.isDigit(src.charAt(pos + 3)))
                    && (pos == 0 || !Character.isLetterOrDigit(src.charAt(pos - 1)) && src.charAt(pos - 1) != '.');
            return !verb;
        }
        if (c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1))) {
            return true;
        }
        if (c == '-' && pos + 1 < src.length()) {
            char d = src.charAt(pos + 1);
            boolean digitNext = Character.isDigit(d) || (d == '.' && pos + 2 < src.length() && Character.isDigit(src.charAt(pos + 2)));
            return digitNext && negativeAllowed(spaced);
        }
        return false;
    }

    // q reads -1 as a number unless the minus follows a noun with no space: x-1 is a subtraction.
    private boolean negativeAllowed(boolean spaced) {
        if (tokens.isEmpty()) {
            return true;
        }
        Token prev = last();
        boolean prevIsNoun = prev.is(Token.Kind.LITERAL) || prev.is(Token.Kind.NAME) || prev.is(Token.Kind.RPAREN)
                || prev.is(Token.Kind.RBRACKET) || prev.is(Token.Kind.RBRACE);
        return !prevIsNoun || spaced;
    }

    private void number(boolean spaced) {
        int start = pos;
        List<String> parts = new ArrayList<>();
        parts.add(numberText());
        // A vector literal: numbers separated by single spaces.
        while (pos < src.length() && src.charAt(pos) == ' ') {
            int save = pos;
            while (pos < src.length() && src.charAt(pos) == ' ') {
                pos++;
            }
            if (pos < src.length() && startsNumberInVector()) {
                parts.add(numberText());
            } else {
                pos = save;
                break;
            }
        }
        K value = Literals.numbers(parts);
        tokens.add(new Token(Token.Kind.LITERAL, src.substring(start, pos), value, spaced, start, pos));
    }

    private boolean startsNumberInVector() {
        char c = src.charAt(pos);
        if (Character.isDigit(c)) {
            return true;
        }
        if (c == '.' || c == '-') {
            int i = c == '-' ? pos + 1 : pos;
            if (i < src.length() && src.charAt(i) == '.') {
                i++;
            }
            return i < src.length() && Character.isDigit(src.charAt(i));
        }
        return false;
    }

    private String numberText() {
        int start = pos;
        if (src.charAt(pos) == '-') {
            pos++;
        }
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (Character.isLetterOrDigit(c) || c == '.' || c == ':') {
                // a trailing colon belongs to an assignment or a 0:-style verb, not the number
                if (c == ':' && (pos + 1 >= src.length() || !Character.isDigit(src.charAt(pos + 1)))) {
                    break;
                }
                pos++;
                if ((c == 'e' || c == 'E') && pos < src.length() && (src.charAt(pos) == '-' || src.charAt(pos) == '+')
                        && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1))
                        && !src.substring(start, pos).startsWith("0x")) {
                    pos++;
                }
            } else {
                break;
            }
        }
        return src.substring(start, pos);
    }

    private void string(boolean spaced) {
        int start = pos++;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (true) {
            if (pos >= src.length()) {
                throw new QException("\"");
            }
            char c = src.charAt(pos++);
            if (c == '"') {
                break;
            }
            if (c == '\\' && pos < src.length()) {
                char e = src.charAt(pos++);
                switch (e) {
                    case 'n' -> bytes.write('\n');
                    case 't' -> bytes.write('\t');
                    case 'r' -> bytes.write('\r');
                    case '"' -> bytes.write('"');
                    case '\\' -> bytes.write('\\');
                    default -> {
                        if (e >= '0' && e <= '7' && pos + 1 < src.length()) {
                            bytes.write(Integer.parseInt(src.substring(pos - 1, pos + 2), 8));
                            pos += 2;
                        } else {
                            bytes.write(e);
                        }
                    }
                }
            } else {
                bytes.write(c);
            }
        }
        byte[] b = bytes.toByteArray();
        K value = b.length == 1 ? Q.c((char) (b[0] & 0xFF)) : new ByteVector(QType.CHAR, b);
        tokens.add(new Token(Token.Kind.LITERAL, src.substring(start, pos), value, spaced, start, pos));
    }

    private void symbols(boolean spaced) {
        int start = pos;
        List<String> names = new ArrayList<>();
        while (pos < src.length() && src.charAt(pos) == '`') {
            pos++;
            int from = pos;
            boolean handle = pos < src.length() && src.charAt(pos) == ':';
            // after a colon a symbol may hold slashes: `:dir/file, `http://host/path
            boolean colon = false;
            while (pos < src.length()) {
                char c = src.charAt(pos);
                if (Character.isLetterOrDigit(c) || c == '.' || c == '_' || (c == ':' && (handle || pos > from))
                        || (colon && c == '/')) {
                    colon |= c == ':';
                    pos++;
                } else {
                    break;
                }
            }
            names.add(Symbols.intern(src.substring(from, pos)));
        }
        K value = names.size() == 1 ? Q.s(names.get(0)) : new SymbolVector(names.toArray(new String[0]));
        tokens.add(new Token(Token.Kind.LITERAL, src.substring(start, pos), value, spaced, start, pos));
    }

    private void name(boolean spaced) {
        int start = pos;
        pos++;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (Character.isLetterOrDigit(c) || c == '_' || (c == '.' && pos + 1 < src.length() && Character.isLetter(src.charAt(pos + 1)))) {
                pos++;
            } else {
                break;
            }
        }
        tokens.add(new Token(Token.Kind.NAME, src.substring(start, pos), null, spaced, start, pos));
    }
}
