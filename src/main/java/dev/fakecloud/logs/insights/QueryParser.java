package dev.fakecloud.logs.insights;

import dev.fakecloud.logs.insights.Command.Aggregate;
import dev.fakecloud.logs.insights.Command.Named;
import dev.fakecloud.logs.insights.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Parses the common part of the Logs Insights language: {@code fields}, {@code display}, {@code filter} (comparisons,
 * {@code like}/{@code =~} with a regex or a text, {@code in}, {@code and}/{@code or}/{@code not}, parentheses and
 * functions such as {@code ispresent}), {@code sort}, {@code limit}, {@code dedup}, {@code parse} (glob or named
 * regex groups) and {@code stats} (count, count_distinct, sum, avg, min, max, by fields or {@code bin(period)}).
 */
public final class QueryParser {

    private static final Set<String> AGGREGATES = Set.of("count", "count_distinct", "sum", "avg", "min", "max");

    private final List<Token> tokens;
    private int at;

    private QueryParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The query's commands in order. */
    public static Query parse(String query) {
        List<Token> all = Token.lex(query);
        List<Command> commands = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token t : all) {
            if (t.kind() == Kind.PIPE) {
                commands.add(new QueryParser(current).command());
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        commands.add(new QueryParser(current).command());
        return new Query(commands);
    }

    private Command command() {
        if (tokens.isEmpty()) {
            throw new QuerySyntaxException("Empty command: a query is commands separated by '|'.");
        }
        Token head = next();
        String name = head.text().toLowerCase(Locale.ROOT);
        Command c = switch (head.kind() == Kind.WORD ? name : "") {
            case "fields" -> new Command.Fields(namedList());
            case "display" -> new Command.Display(nameList());
            case "filter" -> new Command.Filter(expression());
            case "sort" -> sort();
            case "limit" -> limit();
            case "dedup" -> new Command.Dedup(nameList());
            case "parse" -> parseCommand();
            case "stats" -> stats();
            default -> throw new QuerySyntaxException("Unsupported command '" + head.text() + "': supported are "
                    + "fields, display, filter, sort, limit, dedup, parse and stats.");
        };
        if (at < tokens.size()) {
            throw new QuerySyntaxException("Unexpected '" + tokens.get(at).text() + "' in " + name + " command.");
        }
        return c;
    }

    private Command sort() {
        List<Command.Sort> keys = new ArrayList<>();
        do {
            String field = word("a field to sort by");
            boolean desc = false;
            if (peek("desc")) {
                next();
                desc = true;
            } else if (peek("asc")) {
                next();
            }
            keys.add(new Command.Sort(field, desc));
        } while (accept(","));
        return new Command.SortBy(keys);
    }

    private Command limit() {
        Token t = next();
        if (t.kind() != Kind.NUMBER || t.text().contains(".") || Integer.parseInt(t.text()) < 1) {
            throw new QuerySyntaxException("limit takes a positive whole number, not '" + t.text() + "'.");
        }
        return new Command.Limit(Integer.parseInt(t.text()));
    }

    private Command parseCommand() {
        Expr source = operand();
        Token p = next();
        if (p.kind() == Kind.REGEX) {
            Pattern pattern = regex(p.text());
            List<String> names = new ArrayList<>();
            var m = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>").matcher(p.text());
            while (m.find()) {
                names.add(m.group(1));
            }
            if (names.isEmpty()) {
                throw new QuerySyntaxException("parse with a regular expression needs named groups, e.g. "
                        + "/(?<name>\\S+)/.");
            }
            return new Command.Parse(source, pattern, names);
        }
        if (p.kind() != Kind.STRING) {
            throw new QuerySyntaxException("parse takes a quoted glob pattern or a /regex/.");
        }
        if (!peek("as")) {
            throw new QuerySyntaxException("parse with a glob pattern needs 'as' and the names of its fields.");
        }
        next();
        List<String> names = nameList();
        String[] parts = p.text().split("\\*", -1);
        if (parts.length - 1 != names.size()) {
            throw new QuerySyntaxException("The glob pattern has " + (parts.length - 1) + " wildcards but "
                    + names.size() + " field names.");
        }
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            re.append(Pattern.quote(parts[i]));
            if (i < parts.length - 1) {
                boolean last = i == parts.length - 2 && parts[parts.length - 1].isEmpty();
                re.append(last ? "(.*)" : "(.*?)");
            }
        }
        return new Command.Parse(source, Pattern.compile(re.toString(), Pattern.DOTALL), names);
    }

    private Command stats() {
        List<Aggregate> aggregates = new ArrayList<>();
        do {
            int start = at;
            String fn = word("an aggregate function").toLowerCase(Locale.ROOT);
            if (!AGGREGATES.contains(fn)) {
                throw new QuerySyntaxException("Unsupported stats function '" + fn + "': supported are "
                        + AGGREGATES.stream().sorted().toList() + ".");
            }
            expect("(");
            Expr arg = null;
            if (accept("*")) {
                arg = null;
            } else if (!peek(")")) {
                arg = expression();
            }
            expect(")");
            if ((arg == null) && !fn.equals("count")) {
                throw new QuerySyntaxException(fn + " needs a field.");
            }
            aggregates.add(new Aggregate(alias(start), fn, arg));
        } while (accept(","));
        List<Named> groups = new ArrayList<>();
        if (peek("by")) {
            next();
            groups = namedList();
        }
        return new Command.Stats(aggregates, groups);
    }

    private List<Named> namedList() {
        List<Named> out = new ArrayList<>();
        do {
            int start = at;
            Expr e = expression();
            out.add(new Named(alias(start), e));
        } while (accept(","));
        return out;
    }

    /** {@code as name} after an expression begun at {@code start}, else the expression's own text. */
    private String alias(int start) {
        StringBuilder text = new StringBuilder();
        for (int i = start; i < at; i++) {
            Token t = tokens.get(i);
            text.append(t.kind() == Kind.STRING ? "\"" + t.text() + "\"" : t.text());
        }
        if (peek("as")) {
            next();
            return word("a name after 'as'");
        }
        return text.toString();
    }

    private List<String> nameList() {
        List<String> out = new ArrayList<>();
        do {
            out.add(word("a field name"));
        } while (accept(","));
        return out;
    }

    private Expr expression() {
        Expr left = conjunction();
        while (peek("or")) {
            next();
            left = new Expr.Logical(left, false, conjunction());
        }
        return left;
    }

    private Expr conjunction() {
        Expr left = negation();
        while (peek("and")) {
            next();
            left = new Expr.Logical(left, true, negation());
        }
        return left;
    }

    private Expr negation() {
        if (peek("not")) {
            next();
            return new Expr.Not(negation());
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = operand();
        boolean negated = false;
        if (peek("not") && at + 1 < tokens.size() && (tokens.get(at + 1).is("like") || tokens.get(at + 1).is("in"))) {
            next();
            negated = true;
        }
        if (peek("like") || peek("=~")) {
            next();
            Token p = next();
            Pattern pattern = switch (p.kind()) {
                case REGEX -> regex(p.text());
                case STRING -> Pattern.compile(Pattern.quote(p.text()));
                default -> throw new QuerySyntaxException("like takes a /regex/ or a quoted text, not '" + p.text()
                        + "'.");
            };
            return new Expr.Like(left, pattern, negated);
        }
        if (peek("in")) {
            next();
            expect("[");
            List<Expr> options = new ArrayList<>();
            if (!peek("]")) {
                do {
                    options.add(operand());
                } while (accept(","));
            }
            expect("]");
            return new Expr.In(left, options, negated);
        }
        for (String op : List.of("=", "!=", "<", "<=", ">", ">=")) {
            if (at < tokens.size() && tokens.get(at).kind() == Kind.SYMBOL && tokens.get(at).text().equals(op)) {
                next();
                return new Expr.Compare(left, op, operand());
            }
        }
        return left;
    }

    private Expr operand() {
        Token t = next();
        switch (t.kind()) {
            case NUMBER:
                return new Expr.Literal(Double.parseDouble(t.text()));
            case STRING:
                return new Expr.Literal(t.text());
            case SYMBOL:
                if (t.text().equals("(")) {
                    Expr e = expression();
                    expect(")");
                    return e;
                }
                throw new QuerySyntaxException("Unexpected '" + t.text() + "'.");
            case WORD:
                if (!peek("(")) {
                    return new Expr.Field(t.text());
                }
                return call(t.text().toLowerCase(Locale.ROOT));
            default:
                throw new QuerySyntaxException("Unexpected '" + t.text() + "'.");
        }
    }

    private Expr call(String name) {
        expect("(");
        if (name.equals("bin")) {
            Token period = next();
            expect(")");
            return new Expr.Bin(period(period.text()));
        }
        if (!Expr.Call.NAMES.contains(name)) {
            throw new QuerySyntaxException("Unsupported function '" + name + "': supported are bin and "
                    + Expr.Call.NAMES + ".");
        }
        List<Expr> args = new ArrayList<>();
        if (!peek(")")) {
            do {
                args.add(expression());
            } while (accept(","));
        }
        expect(")");
        return new Expr.Call(name, args);
    }

    static long period(String text) {
        var m = Pattern.compile("(\\d+)(ms|s|m|h|d|w)?").matcher(text);
        if (!m.matches() || Long.parseLong(m.group(1)) < 1) {
            throw new QuerySyntaxException("bin takes a period such as 30s, 5m, 1h or 1d, not '" + text + "'.");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return n * switch (unit) {
            case "ms" -> 1L;
            case "s" -> 1_000L;
            case "m" -> 60_000L;
            case "h" -> 3_600_000L;
            case "d" -> 86_400_000L;
            default -> 604_800_000L;
        };
    }

    private static Pattern regex(String text) {
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            throw new QuerySyntaxException("Invalid regular expression /" + text + "/: " + e.getDescription());
        }
    }

    private String word(String what) {
        Token t = next();
        if (t.kind() != Kind.WORD) {
            throw new QuerySyntaxException("Expected " + what + " but found '" + t.text() + "'.");
        }
        return t.text();
    }

    private boolean peek(String text) {
        return at < tokens.size() && tokens.get(at).is(text);
    }

    private boolean accept(String text) {
        if (peek(text)) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(String text) {
        if (!accept(text)) {
            throw new QuerySyntaxException("Expected '" + text + "'" + (at < tokens.size() ? " but found '"
                    + tokens.get(at).text() + "'" : " at the end of the command") + ".");
        }
    }

    private Token next() {
        if (at >= tokens.size()) {
            throw new QuerySyntaxException("The command ends too early.");
        }
        return tokens.get(at++);
    }
}
