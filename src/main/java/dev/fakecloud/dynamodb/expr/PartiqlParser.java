package dev.fakecloud.dynamodb.expr;

import dev.fakecloud.dynamodb.expr.PartiqlLexer.Kind;
import dev.fakecloud.dynamodb.expr.PartiqlLexer.Token;
import dev.fakecloud.dynamodb.model.DynamoErrors;
import dev.fakecloud.dynamodb.model.DynamoException;
import dev.fakecloud.dynamodb.model.Numbers;
import dev.fakecloud.dynamodb.model.Scalars;
import dev.fakecloud.dynamodb.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Parses the PartiQL DynamoDB understands (SELECT, INSERT, UPDATE, DELETE) into a {@link Statement}, once, binding
 * each {@code ?} to the next of the request's parameters.
 */
public final class PartiqlParser {

    private static final Set<String> CONDITION_FUNCTIONS = Set.of("attribute_exists", "attribute_not_exists",
            "attribute_type", "begins_with", "contains");

    private final List<Token> tokens;
    private final List<Value> parameters;
    private int pos;
    private int used;
    /** Whether a SET value is being parsed (list_append and if_not_exists allowed, size not). */
    private boolean inSet;

    private PartiqlParser(String text, List<Value> parameters) {
        this.tokens = PartiqlLexer.tokens(text);
        this.parameters = parameters == null ? List.of() : parameters;
    }

    public static Statement parse(String text, List<Value> parameters) {
        if (text == null || text.isBlank()) {
            throw DynamoErrors.validation("1 validation error detected: Value at 'statement' failed to satisfy "
                    + "constraint: Member must have length greater than or equal to 1");
        }
        PartiqlParser p = new PartiqlParser(text, parameters);
        Statement s = p.statement();
        if (p.peek().kind() != Kind.END) {
            throw p.unexpected();
        }
        if (p.used != p.parameters.size()) {
            throw DynamoErrors.validation("Number of parameters in request and statement don't match.");
        }
        return s;
    }

    private Statement statement() {
        if (accept("SELECT")) {
            return select();
        }
        if (accept("INSERT")) {
            expect("INTO");
            String table = name();
            expect("VALUE");
            Value v = literal();
            if (!(v instanceof Value.M m)) {
                throw PartiqlLexer.malformed("INSERT VALUE must be a map");
            }
            return new Statement.Insert(table, m.value());
        }
        if (accept("UPDATE")) {
            return update();
        }
        if (accept("DELETE")) {
            expect("FROM");
            String table = name();
            expect("WHERE");
            return new Statement.Delete(table, condition());
        }
        throw unexpected();
    }

    private Statement select() {
        List<Ast.Path> projection = null;
        if (!accept("*")) {
            projection = new ArrayList<>();
            do {
                projection.add(path());
            } while (accept(","));
        }
        expect("FROM");
        String table = name();
        String index = accept(".") ? name() : null;
        Ast.Condition where = accept("WHERE") ? condition() : null;
        return new Statement.Select(table, index, projection, where);
    }

    private Statement update() {
        String table = name();
        List<Ast.SetAction> sets = new ArrayList<>();
        List<Ast.Path> removes = new ArrayList<>();
        while (true) {
            if (accept("SET")) {
                do {
                    Ast.Path p = path();
                    expect("=");
                    inSet = true;
                    sets.add(new Ast.SetAction(p, arithmetic()));
                    inSet = false;
                } while (accept(","));
            } else if (accept("REMOVE")) {
                do {
                    removes.add(path());
                } while (accept(","));
            } else {
                break;
            }
        }
        if (sets.isEmpty() && removes.isEmpty()) {
            throw unexpected();
        }
        expect("WHERE");
        return new Statement.Update(table, new Ast.Update(sets, removes, List.of(), List.of()), condition());
    }

    private Ast.Condition condition() {
        Ast.Condition left = and();
        while (accept("OR")) {
            left = new Ast.Or(left, and());
        }
        return left;
    }

    private Ast.Condition and() {
        Ast.Condition left = not();
        while (accept("AND")) {
            left = new Ast.And(left, not());
        }
        return left;
    }

    private Ast.Condition not() {
        if (accept("NOT")) {
            return new Ast.Not(not());
        }
        if (accept("(")) {
            Ast.Condition c = condition();
            expect(")");
            return c;
        }
        Token t = peek();
        if (t.kind() == Kind.WORD && CONDITION_FUNCTIONS.contains(t.text().toLowerCase())
                && tokens.get(pos + 1).is("(")) {
            pos += 2;
            List<Ast.Operand> args = new ArrayList<>();
            do {
                args.add(operand());
            } while (accept(","));
            expect(")");
            String name = t.text().toLowerCase();
            int arity = name.startsWith("attribute_") && !name.equals("attribute_type") ? 1 : 2;
            if (args.size() != arity || !(args.get(0) instanceof Ast.PathRef)) {
                throw DynamoErrors.validation("Invalid function call: " + name + " takes " + arity + " argument"
                        + (arity > 1 ? "s" : "") + ", the first a document path");
            }
            return new Ast.Function(name, args);
        }
        Ast.Operand left = operand();
        if (accept("BETWEEN")) {
            Ast.Operand low = operand();
            expect("AND");
            return new Ast.Between(left, low, operand());
        }
        if (accept("IN")) {
            String close = accept("[") ? "]" : null;
            if (close == null) {
                expect("(");
                close = ")";
            }
            List<Ast.Operand> candidates = new ArrayList<>();
            do {
                candidates.add(operand());
            } while (accept(","));
            expect(close);
            return new Ast.In(left, candidates);
        }
        if (accept("IS")) {
            boolean negated = accept("NOT");
            expect("MISSING");
            return new Ast.Function(negated ? "attribute_exists" : "attribute_not_exists", List.of(left));
        }
        for (String op : List.of("=", "<>", "!=", "<=", ">=", "<", ">")) {
            if (accept(op)) {
                return new Ast.Compare(op.equals("!=") ? "<>" : op, left, operand());
            }
        }
        throw unexpected();
    }

    /** A SET value: operands joined by + and -. */
    private Ast.Operand arithmetic() {
        Ast.Operand left = operand();
        while (peek().is("+") || peek().is("-")) {
            boolean plus = next().is("+");
            left = new Ast.Arith(left, plus, operand());
        }
        return left;
    }

    private Ast.Operand operand() {
        Token t = peek();
        if (t.kind() == Kind.WORD && tokens.get(pos + 1).is("(")) {
            String f = t.text().toLowerCase();
            if (f.equals("size") || f.equals("list_append") || f.equals("if_not_exists")) {
                pos += 2;
                List<Ast.Operand> args = new ArrayList<>();
                do {
                    args.add(operand());
                } while (accept(","));
                expect(")");
                checkCall(f, args);
                return new Ast.Call(f, args);
            }
            throw PartiqlLexer.malformed("Unsupported function: " + t.text());
        }
        if ((t.kind() == Kind.WORD && !isLiteralWord(t)) || t.kind() == Kind.NAME) {
            return new Ast.PathRef(path());
        }
        return new Ast.Literal(null, literal());
    }

    private void checkCall(String f, List<Ast.Operand> args) {
        boolean ok = switch (f) {
            case "size" -> !inSet && args.size() == 1 && args.get(0) instanceof Ast.PathRef;
            case "if_not_exists" -> inSet && args.size() == 2 && args.get(0) instanceof Ast.PathRef;
            default -> inSet && args.size() == 2;
        };
        if (!ok) {
            throw DynamoErrors.validation("Invalid function call: " + f + " is not allowed here or has the wrong "
                    + "arguments");
        }
    }

    private static boolean isLiteralWord(Token t) {
        return t.is("TRUE") || t.is("FALSE") || t.is("NULL");
    }

    private Ast.Path path() {
        List<Object> elements = new ArrayList<>();
        elements.add(name());
        while (true) {
            if (peek().is(".") && (tokens.get(pos + 1).kind() == Kind.WORD
                    || tokens.get(pos + 1).kind() == Kind.NAME)) {
                pos++;
                elements.add(name());
            } else if (accept("[")) {
                Token n = next();
                if (n.kind() == Kind.NUMBER && n.text().matches("\\d{1,9}")) {
                    elements.add(Integer.parseInt(n.text()));
                } else if (n.kind() == Kind.STRING) {
                    elements.add(n.text());
                } else {
                    throw unexpected(n);
                }
                expect("]");
            } else {
                return new Ast.Path(elements);
            }
        }
    }

    private String name() {
        Token t = next();
        if (t.kind() != Kind.WORD && t.kind() != Kind.NAME) {
            throw unexpected(t);
        }
        return t.text();
    }

    private Value literal() {
        Token t = next();
        switch (t.kind()) {
            case STRING:
                return new Value.S(t.text());
            case NUMBER:
                return new Value.N(Numbers.parse(t.text()));
            case WORD:
                if (t.is("TRUE") || t.is("FALSE")) {
                    return new Value.Bool(t.is("TRUE"));
                }
                if (t.is("NULL")) {
                    return new Value.Null();
                }
                throw unexpected(t);
            default:
                break;
        }
        if (t.is("-") && peek().kind() == Kind.NUMBER) {
            return new Value.N(Numbers.parse("-" + next().text()));
        }
        if (t.is("?")) {
            if (used >= parameters.size()) {
                throw DynamoErrors.validation("Number of parameters in request and statement don't match.");
            }
            return parameters.get(used++);
        }
        if (t.is("{")) {
            Map<String, Value> m = new LinkedHashMap<>();
            if (!accept("}")) {
                do {
                    Token k = next();
                    if (k.kind() != Kind.STRING && k.kind() != Kind.NAME) {
                        throw unexpected(k);
                    }
                    expect(":");
                    m.put(k.text(), literal());
                } while (accept(","));
                expect("}");
            }
            return new Value.M(m);
        }
        if (t.is("[")) {
            List<Value> l = new ArrayList<>();
            if (!accept("]")) {
                do {
                    l.add(literal());
                } while (accept(","));
                expect("]");
            }
            return new Value.L(l);
        }
        if (t.is("<<")) {
            return set();
        }
        throw unexpected(t);
    }

    private Value set() {
        List<Value> members = new ArrayList<>();
        do {
            members.add(literal());
        } while (accept(","));
        expect(">>");
        String type = members.get(0).type();
        if (!type.equals("S") && !type.equals("N") && !type.equals("B")) {
            throw DynamoErrors.validation("Unsupported type passed in set literal: " + type);
        }
        TreeSet<String> texts = new TreeSet<>(Scalars.order(type));
        for (Value m : members) {
            if (!m.type().equals(type)) {
                throw DynamoErrors.validation("Set literal members must all be of one type");
            }
            if (!texts.add(Scalars.text(m))) {
                throw DynamoErrors.validation("Input collection contains duplicates");
            }
        }
        return new Value.Set(type + "S", new ArrayList<>(texts));
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Kind.END) {
            pos++;
        }
        return t;
    }

    private boolean accept(String word) {
        if (peek().is(word)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String word) {
        if (!accept(word)) {
            throw unexpected();
        }
    }

    private DynamoException unexpected() {
        return unexpected(peek());
    }

    private static DynamoException unexpected(Token t) {
        return t.kind() == Kind.END ? PartiqlLexer.malformed("Unexpected end of statement")
                : PartiqlLexer.malformed("Unexpected " + (t.kind() == Kind.WORD ? "keyword" : "token")
                        + " \"" + t.text() + "\"");
    }
}
