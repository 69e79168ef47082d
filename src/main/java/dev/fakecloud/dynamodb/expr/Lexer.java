package dev.fakecloud.dynamodb.expr;

import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens; a character the language does not know is a syntax error. */
final class Lexer {

    enum Kind { NAME, NAME_REF, VALUE_REF, NUMBER, LPAREN, RPAREN, LBRACKET, RBRACKET, DOT, COMMA, CMP, PLUS, MINUS, EOF }

    record Token(Kind kind, String text, int at) {
        boolean is(String keyword) {
            return kind == Kind.NAME && text.equalsIgnoreCase(keyword);
        }
    }

    private Lexer() {
    }

    static List<Token> tokens(String src, Expressions ctx) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (c == '#' || c == ':') {
                i++;
                while (i < src.length() && isWordChar(src.charAt(i))) {
                    i++;
                }
                if (i == start + 1) {
                    throw ctx.syntax(String.valueOf(c), near(src, start));
                }
                out.add(new Token(c == '#' ? Kind.NAME_REF : Kind.VALUE_REF, src.substring(start, i), start));
            } else if (Character.isLetter(c) || c == '_') {
                while (i < src.length() && isWordChar(src.charAt(i))) {
                    i++;
                }
                out.add(new Token(Kind.NAME, src.substring(start, i), start));
            } else if (Character.isDigit(c)) {
                while (i < src.length() && Character.isDigit(src.charAt(i))) {
                    i++;
                }
                out.add(new Token(Kind.NUMBER, src.substring(start, i), start));
            } else if (c == '<' || c == '>' || c == '=') {
                i++;
                if (i < src.length() && (src.charAt(i) == '=' || (c == '<' && src.charAt(i) == '>'))) {
                    i++;
                }
                out.add(new Token(Kind.CMP, src.substring(start, i), start));
            } else {
                Kind kind = switch (c) {
                    case '(' -> Kind.LPAREN;
                    case ')' -> Kind.RPAREN;
                    case '[' -> Kind.LBRACKET;
                    case ']' -> Kind.RBRACKET;
                    case '.' -> Kind.DOT;
                    case ',' -> Kind.COMMA;
                    case '+' -> Kind.PLUS;
                    case '-' -> Kind.MINUS;
                    default -> throw ctx.syntax(String.valueOf(c), near(src, start));
                };
                i++;
                out.add(new Token(kind, String.valueOf(c), start));
            }
        }
        out.add(new Token(Kind.EOF, "<EOF>", src.length()));
        return out;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The text around a position, as AWS quotes it after {@code near:}. */
    static String near(String src, int at) {
        int from = at;
        while (from > 0 && Character.isWhitespace(src.charAt(from - 1))) {
            from--;
        }
        while (from > 0 && !Character.isWhitespace(src.charAt(from - 1))) {
            from--;
        }
        int to = Math.min(src.length(), at + 1);
        while (to < src.length() && !Character.isWhitespace(src.charAt(to))) {
            to++;
        }
        return src.substring(from, to).trim();
    }
}
