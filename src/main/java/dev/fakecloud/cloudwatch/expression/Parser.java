package dev.fakecloud.cloudwatch.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses CloudWatch metric math: numbers, query ids ({@code m1}), strings, arrays ({@code [m1, m2]}), function calls
 * ({@code SUM(METRICS())}), {@code + - * / ^}, comparisons ({@code == != < <= > >=}) and {@code AND}/{@code &&},
 * {@code OR}/{@code ||}, {@code NOT}, with the usual precedence.
 */
public final class Parser {

    private static final Set<String> KEYWORDS = Set.of("REPEAT", "LINEAR");

    private final String text;
    private int pos;

    private Parser(String text) {
        this.text = text;
    }

    public static Expr parse(String text) {
        Parser p = new Parser(text);
        Expr e = p.or();
        p.skipSpaces();
        if (p.pos < text.length()) {
            throw new ExpressionException("Unexpected character '" + text.charAt(p.pos) + "' at position "
                    + (p.pos + 1));
        }
        return e;
    }

    private Expr or() {
        Expr left = and();
        while (accept("||") || acceptWord("OR")) {
            left = new Expr.Binary("OR", left, and());
        }
        return left;
    }

    private Expr and() {
        Expr left = comparison();
        while (accept("&&") || acceptWord("AND")) {
            left = new Expr.Binary("AND", left, comparison());
        }
        return left;
    }

    private Expr comparison() {
        Expr left = additive();
        for (String op : new String[] {"==", "!=", "<=", ">=", "<", ">"}) {
            if (accept(op)) {
                return new Expr.Binary(op, left, additive());
            }
        }
        return left;
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (true) {
            if (accept("+")) {
                left = new Expr.Binary("+", left, multiplicative());
            } else if (accept("-")) {
                left = new Expr.Binary("-", left, multiplicative());
            } else {
                return left;
            }
        }
    }

    private Expr multiplicative() {
        Expr left = power();
        while (true) {
            if (accept("*")) {
                left = new Expr.Binary("*", left, power());
            } else if (accept("/")) {
                left = new Expr.Binary("/", left, power());
            } else {
                return left;
            }
        }
    }

    private Expr power() {
        Expr base = unary();
        if (accept("^")) {
            return new Expr.Binary("^", base, power());
        }
        return base;
    }

    private Expr unary() {
        if (accept("-")) {
            return new Expr.Unary("-", unary());
        }
        if (accept("!") || acceptWord("NOT")) {
            return new Expr.Unary("NOT", unary());
        }
        return primary();
    }

    private Expr primary() {
        skipSpaces();
        if (pos >= text.length()) {
            throw new ExpressionException("Unexpected end of expression");
        }
        char c = text.charAt(pos);
        if (c == '(') {
            pos++;
            Expr inner = or();
            expect(")");
            return inner;
        }
        if (c == '[') {
            pos++;
            List<Expr> items = list("]");
            return new Expr.Array(items);
        }
        if (c == '\'' || c == '"') {
            return new Expr.Text(string(c));
        }
        if (Character.isDigit(c) || c == '.') {
            return number();
        }
        if (Character.isLetter(c)) {
            String word = word();
            skipSpaces();
            if (pos < text.length() && text.charAt(pos) == '(') {
                pos++;
                return new Expr.Call(word, list(")"));
            }
            if (KEYWORDS.contains(word)) {
                return new Expr.Keyword(word);
            }
            if (Character.isUpperCase(word.charAt(0))) {
                throw new ExpressionException("Unrecognized function or keyword " + word);
            }
            return new Expr.Ref(word);
        }
        throw new ExpressionException("Unexpected character '" + c + "' at position " + (pos + 1));
    }

    private List<Expr> list(String close) {
        List<Expr> items = new ArrayList<>();
        skipSpaces();
        if (accept(close)) {
            return items;
        }
        do {
            items.add(or());
        } while (accept(","));
        expect(close);
        return items;
    }

    private Expr number() {
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        try {
            return new Expr.Number(Double.parseDouble(text.substring(start, pos)));
        } catch (NumberFormatException e) {
            throw new ExpressionException("Invalid number " + text.substring(start, pos));
        }
    }

    private String string(char quote) {
        int start = ++pos;
        while (pos < text.length() && text.charAt(pos) != quote) {
            pos++;
        }
        if (pos >= text.length()) {
            throw new ExpressionException("Unterminated string");
        }
        return text.substring(start, pos++);
    }

    private String word() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private void expect(String token) {
        if (!accept(token)) {
            throw new ExpressionException("Expected '" + token + "' at position " + (pos + 1));
        }
    }

    private boolean accept(String token) {
        skipSpaces();
        if (text.startsWith(token, pos)) {
            pos += token.length();
            return true;
        }
        return false;
    }

    private boolean acceptWord(String word) {
        skipSpaces();
        int end = pos + word.length();
        if (text.startsWith(word, pos) && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
            pos = end;
            return true;
        }
        return false;
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
