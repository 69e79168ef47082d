package dev.fakecloud.dynamodb.expr;

import dev.fakecloud.dynamodb.model.DynamoErrors;
import dev.fakecloud.dynamodb.model.DynamoException;
import java.util.ArrayList;
import java.util.List;

/** Splits a PartiQL statement into tokens: words, "quoted names", 'strings', numbers and punctuation. */
final class PartiqlLexer {

    enum Kind { WORD, NAME, STRING, NUMBER, PUNCT, END }

    record Token(Kind kind, String text) {
        boolean is(String punctOrKeyword) {
            return (kind == Kind.PUNCT || kind == Kind.WORD) && text.equalsIgnoreCase(punctOrKeyword);
        }
    }

    private static final String[] PUNCT = {"<<", ">>", "<>", "!=", "<=", ">=", "=", "<", ">", ",", ".", "(", ")",
        "[", "]", "{", "}", ":", "?", "*", "+", "-"};

    private PartiqlLexer() {
    }

    static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                StringBuilder b = new StringBuilder();
                int j = i + 1;
                while (true) {
                    if (j >= s.length()) {
                        throw malformed("unterminated quoted text");
                    }
                    char d = s.charAt(j);
                    if (d == c) {
                        if (j + 1 < s.length() && s.charAt(j + 1) == c) {
                            b.append(c);
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    b.append(d);
                    j++;
                }
                out.add(new Token(c == '\'' ? Kind.STRING : Kind.NAME, b.toString()));
                i = j + 1;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                    j++;
                }
                if (j < s.length() && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
                    j++;
                    if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                        j++;
                    }
                    while (j < s.length() && Character.isDigit(s.charAt(j))) {
                        j++;
                    }
                }
                out.add(new Token(Kind.NUMBER, s.substring(i, j)));
                i = j;
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_'
                        || s.charAt(j) == '$')) {
                    j++;
                }
                out.add(new Token(Kind.WORD, s.substring(i, j)));
                i = j;
            } else {
                String p = punct(s, i);
                if (p == null) {
                    throw malformed("Unexpected character: " + c);
                }
                out.add(new Token(Kind.PUNCT, p));
                i += p.length();
            }
        }
        out.add(new Token(Kind.END, ""));
        return out;
    }

    private static String punct(String s, int i) {
        for (String p : PUNCT) {
            if (s.startsWith(p, i)) {
                return p;
            }
        }
        return null;
    }

    static DynamoException malformed(String detail) {
        return DynamoErrors.validation("Statement wasn't well formed, can't be processed: " + detail);
    }
}
