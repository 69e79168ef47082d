package dev.fakecloud.logs.insights;

import java.util.ArrayList;
import java.util.List;

/**
 * One token of a Logs Insights query: a word (field name, keyword, function; {@code @fields} and dotted JSON paths
 * included, back-quoted names unquoted), a number, a quoted string, a {@code /regex/}, or a symbol.
 */
record Token(Kind kind, String text) {

    enum Kind { WORD, NUMBER, STRING, REGEX, SYMBOL, PIPE }

    boolean is(String symbolOrKeyword) {
        return (kind == Kind.SYMBOL || kind == Kind.WORD) && text.equalsIgnoreCase(symbolOrKeyword);
    }

    /** The tokens of a whole query, pipes included. */
    static List<Token> lex(String q) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                while (i < q.length() && q.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '|') {
                out.add(new Token(Kind.PIPE, "|"));
                i++;
            } else if (c == '"' || c == '\'' || c == '`') {
                StringBuilder s = new StringBuilder();
                int j = i + 1;
                while (j < q.length() && q.charAt(j) != c) {
                    if (q.charAt(j) == '\\' && j + 1 < q.length()) {
                        j++;
                    }
                    s.append(q.charAt(j++));
                }
                if (j >= q.length()) {
                    throw new QuerySyntaxException("Unterminated quoted text at position " + i + ".");
                }
                out.add(new Token(c == '`' ? Kind.WORD : Kind.STRING, s.toString()));
                i = j + 1;
            } else if (c == '/') {
                int j = i + 1;
                while (j < q.length() && q.charAt(j) != '/') {
                    j += q.charAt(j) == '\\' ? 2 : 1;
                }
                if (j >= q.length()) {
                    throw new QuerySyntaxException("Unterminated regular expression at position " + i + ".");
                }
                out.add(new Token(Kind.REGEX, q.substring(i + 1, j).replace("\\/", "/")));
                i = j + 1;
            } else if (Character.isDigit(c) || (c == '-' && i + 1 < q.length() && Character.isDigit(q.charAt(i + 1))
                    && (out.isEmpty() || out.get(out.size() - 1).kind() == Kind.SYMBOL))) {
                int j = i + 1;
                while (j < q.length() && (Character.isLetterOrDigit(q.charAt(j)) || q.charAt(j) == '.')) {
                    j++;
                }
                String text = q.substring(i, j);
                out.add(new Token(text.matches("-?\\d+(\\.\\d+)?") ? Kind.NUMBER : Kind.WORD, text));
                i = j;
            } else if (Character.isLetter(c) || c == '@' || c == '_' || c == '$') {
                int j = i + 1;
                while (j < q.length() && (Character.isLetterOrDigit(q.charAt(j)) || "@_.$-".indexOf(q.charAt(j)) >= 0)
                        && !(q.charAt(j) == '-' && (j + 1 >= q.length() || !Character.isLetter(q.charAt(j + 1))))) {
                    j++;
                }
                out.add(new Token(Kind.WORD, q.substring(i, j)));
                i = j;
            } else {
                String two = i + 1 < q.length() ? q.substring(i, i + 2) : "";
                if (List.of("!=", "<=", ">=", "=~", "==").contains(two)) {
                    out.add(new Token(Kind.SYMBOL, two.equals("==") ? "=" : two));
                    i += 2;
                } else if ("=<>(),[]*+".indexOf(c) >= 0) {
                    out.add(new Token(Kind.SYMBOL, String.valueOf(c)));
                    i++;
                } else {
                    throw new QuerySyntaxException("Unexpected character '" + c + "' at position " + i + ".");
                }
            }
        }
        return out;
    }
}
