package dev.fakecloud.dynamodb.expr;

import dev.fakecloud.dynamodb.expr.Lexer.Kind;
import dev.fakecloud.dynamodb.expr.Lexer.Token;
import dev.fakecloud.dynamodb.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Recursive descent over the tokens of one expression, with AWS's precedence: NOT, then AND, then OR. */
final class Parser {

    private static final Set<String> CONDITION_FUNCTIONS =
            Set.of("attribute_exists", "attribute_not_exists", "attribute_type", "begins_with", "contains");
    private static final Set<String> OPERAND_FUNCTIONS = Set.of("size", "if_not_exists", "list_append");

    private final Expressions ctx;
    private final List<Token> tokens;
    private final String src;
    private int pos;

    Parser(Expressions ctx, List<Token> tokens, String src) {
        this.ctx = ctx;
        this.tokens = tokens;
        this.src = src;
    }

    // ---- conditions

    Ast.Condition condition() {
        Ast.Condition c = or();
        expectEnd();
        return c;
    }

    private Ast.Condition or() {
        Ast.Condition left = and();
        while (peek().is("OR")) {
            pos++;
            left = new Ast.Or(left, and());
        }
        return left;
    }

    private Ast.Condition and() {
        Ast.Condition left = not();
        while (peek().is("AND")) {
            pos++;
            left = new Ast.And(left, not());
        }
        return left;
    }

    private Ast.Condition not() {
        if (peek().is("NOT")) {
            pos++;
            return new Ast.Not(not());
        }
        return primary();
    }

    private Ast.Condition primary() {
        Token t = peek();
        if (t.kind() == Kind.LPAREN) {
            pos++;
            Ast.Condition inner = or();
            expect(Kind.RPAREN);
            return inner;
        }
        if (t.kind() == Kind.NAME && tokens.get(pos + 1).kind() == Kind.LPAREN) {
            String fn = t.text();
            if (CONDITION_FUNCTIONS.contains(fn)) {
                pos++;
                return conditionFunction(fn, arguments());
            }
            if (!OPERAND_FUNCTIONS.contains(fn)) {
                throw ctx.invalid("Invalid function name; function: " + fn);
            }
        }
        Ast.Operand left = operand(false);
        Token op = peek();
        if (op.kind() == Kind.CMP) {
            pos++;
            return new Ast.Compare(op.text(), left, operand(false));
        }
        if (op.is("BETWEEN")) {
            pos++;
            Ast.Operand low = operand(false);
            if (!peek().is("AND")) {
                throw syntaxHere();
            }
            pos++;
            Ast.Operand high = operand(false);
            checkBounds(low, high);
            return new Ast.Between(left, low, high);
        }
        if (op.is("IN")) {
            pos++;
            List<Ast.Operand> candidates = arguments();
            return new Ast.In(left, candidates);
        }
        if (left instanceof Ast.Call call) {
            throw ctx.invalid("The function is not allowed to be used this way in an expression; function: "
                    + call.function());
        }
        throw syntaxHere();
    }

    private void checkBounds(Ast.Operand low, Ast.Operand high) {
        if (low instanceof Ast.Literal l && high instanceof Ast.Literal h
                && Evaluator.compare(l.value(), h.value()) instanceof Integer c && c > 0) {
            throw ctx.invalid("The BETWEEN operator requires upper bound to be greater than or equal to lower bound; "
                    + "lower bound operand: AttributeValue: {" + brief(l.value()) + "}, upper bound operand: "
                    + "AttributeValue: {" + brief(h.value()) + "}");
        }
    }

    private static String brief(Value v) {
        return v.type() + ":" + dev.fakecloud.dynamodb.model.Scalars.text(v);
    }

    private Ast.Condition conditionFunction(String fn, List<Ast.Operand> args) {
        int expected = switch (fn) {
            case "attribute_exists", "attribute_not_exists" -> 1;
            default -> 2;
        };
        if (args.size() != expected) {
            throw ctx.invalid("Incorrect number of operands for operator or function; operator or function: " + fn
                    + ", number of operands: " + args.size());
        }
        if (!(args.get(0) instanceof Ast.PathRef)) {
            throw ctx.invalid("Operator or function requires a document path; operator or function: " + fn);
        }
        if (fn.equals("attribute_type")) {
            if (!(args.get(1) instanceof Ast.Literal lit) || !(lit.value() instanceof Value.S s)) {
                throw ctx.invalid("Incorrect operand type for operator or function; operator or function: "
                        + "attribute_type, operand type: " + typeOf(args.get(1)));
            }
            if (!Set.of("S", "SS", "N", "NS", "B", "BS", "BOOL", "NULL", "L", "M").contains(s.value())) {
                throw ctx.invalid("Invalid attribute type name found; type: " + s.value()
                        + ", valid types: { B,NULL,SS,BOOL,L,BS,N,NS,S,M }");
            }
        }
        return new Ast.Function(fn, args);
    }

    private static String typeOf(Ast.Operand o) {
        return o instanceof Ast.Literal l ? l.value().type() : "PATH";
    }

    /** {@code (a, b, ...)}: the arguments of a function or the candidates of IN. */
    private List<Ast.Operand> arguments() {
        expect(Kind.LPAREN);
        List<Ast.Operand> args = new ArrayList<>();
        if (peek().kind() != Kind.RPAREN) {
            args.add(operand(true));
            while (peek().kind() == Kind.COMMA) {
                pos++;
                args.add(operand(true));
            }
        }
        expect(Kind.RPAREN);
        return args;
    }

    /** A path, a value placeholder or a function yielding a value; {@code update}: SET's right-hand side forms. */
    private Ast.Operand operand(boolean inArguments) {
        Token t = peek();
        switch (t.kind()) {
            case VALUE_REF -> {
                pos++;
                return new Ast.Literal(t.text(), ctx.value(t.text()));
            }
            case NAME -> {
                if (tokens.get(pos + 1).kind() == Kind.LPAREN) {
                    String fn = t.text();
                    if (!OPERAND_FUNCTIONS.contains(fn)) {
                        throw ctx.invalid(CONDITION_FUNCTIONS.contains(fn)
                                ? "The function is not allowed to be used this way in an expression; function: " + fn
                                : "Invalid function name; function: " + fn);
                    }
                    pos++;
                    List<Ast.Operand> args = arguments();
                    return call(fn, args);
                }
                return new Ast.PathRef(path());
            }
            case NAME_REF -> {
                return new Ast.PathRef(path());
            }
            default -> throw syntaxHere();
        }
    }

    private Ast.Operand call(String fn, List<Ast.Operand> args) {
        boolean update = kindIsUpdate;
        if (fn.equals("size")) {
            if (args.size() != 1) {
                throw ctx.invalid("Incorrect number of operands for operator or function; operator or function: size, "
                        + "number of operands: " + args.size());
            }
            if (!(args.get(0) instanceof Ast.PathRef)) {
                throw ctx.invalid("Operator or function requires a document path; operator or function: size");
            }
            if (update) {
                throw ctx.invalid("The function is not allowed in an update expression; function: size");
            }
        } else {
            if (!update) {
                throw ctx.invalid("The function is not allowed in a condition expression; function: " + fn);
            }
            if (args.size() != 2) {
                throw ctx.invalid("Incorrect number of operands for operator or function; operator or function: " + fn
                        + ", number of operands: " + args.size());
            }
            if (fn.equals("if_not_exists") && !(args.get(0) instanceof Ast.PathRef)) {
                throw ctx.invalid(
                        "Operator or function requires a document path; operator or function: if_not_exists");
            }
        }
        return new Ast.Call(fn, args);
    }

    // ---- paths

    private Ast.Path path() {
        List<Object> elements = new ArrayList<>();
        elements.add(pathName());
        while (true) {
            Token t = peek();
            if (t.kind() == Kind.DOT) {
                pos++;
                elements.add(pathName());
            } else if (t.kind() == Kind.LBRACKET) {
                pos++;
                Token n = peek();
                if (n.kind() != Kind.NUMBER) {
                    throw syntaxHere();
                }
                pos++;
                expect(Kind.RBRACKET);
                elements.add(Integer.parseInt(n.text()));
            } else {
                return new Ast.Path(elements);
            }
        }
    }

    private String pathName() {
        Token t = peek();
        if (t.kind() == Kind.NAME_REF) {
            pos++;
            return ctx.name(t.text());
        }
        if (t.kind() == Kind.NAME) {
            pos++;
            if (ReservedWords.contains(t.text())) {
                throw ctx.invalid("Attribute name is a reserved keyword; reserved keyword: " + t.text());
            }
            return t.text();
        }
        throw syntaxHere();
    }

    // ---- projection

    List<Ast.Path> projection() {
        List<Ast.Path> paths = new ArrayList<>();
        paths.add(path());
        while (peek().kind() == Kind.COMMA) {
            pos++;
            paths.add(path());
        }
        expectEnd();
        return paths;
    }

    // ---- update

    private boolean kindIsUpdate;

    Ast.Update update() {
        kindIsUpdate = true;
        List<Ast.SetAction> sets = new ArrayList<>();
        List<Ast.Path> removes = new ArrayList<>();
        List<Ast.AddAction> adds = new ArrayList<>();
        List<Ast.DeleteAction> deletes = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        while (peek().kind() != Kind.EOF) {
            Token clause = peek();
            String word = clause.kind() == Kind.NAME ? clause.text().toUpperCase(Locale.ROOT) : "";
            if (!Set.of("SET", "REMOVE", "ADD", "DELETE").contains(word)) {
                throw syntaxHere();
            }
            if (!seen.add(word)) {
                throw ctx.invalid("The \"" + word + "\" section can only be used once in an update expression;");
            }
            pos++;
            do {
                if (peek().kind() == Kind.COMMA) {
                    pos++;
                }
                switch (word) {
                    case "SET" -> {
                        Ast.Path p = path();
                        if (!(peek().kind() == Kind.CMP && peek().text().equals("="))) {
                            throw syntaxHere();
                        }
                        pos++;
                        sets.add(new Ast.SetAction(p, setValue()));
                    }
                    case "REMOVE" -> removes.add(path());
                    case "ADD" -> adds.add(new Ast.AddAction(path(), literal()));
                    default -> deletes.add(new Ast.DeleteAction(path(), literal()));
                }
            } while (peek().kind() == Kind.COMMA);
        }
        Ast.Update update = new Ast.Update(sets, removes, adds, deletes);
        List<Ast.Path> paths = update.paths();
        for (int i = 0; i < paths.size(); i++) {
            for (int j = i + 1; j < paths.size(); j++) {
                if (paths.get(i).overlaps(paths.get(j))) {
                    String how = paths.get(i).equals(paths.get(j)) ? "overlap" : "overlap";
                    throw ctx.invalid("Two document paths " + how + " with each other; must remove or rewrite one of "
                            + "these paths; path one: " + paths.get(i).describe() + ", path two: "
                            + paths.get(j).describe());
                }
            }
        }
        return update;
    }

    private Ast.Operand setValue() {
        Ast.Operand left = operand(false);
        Token t = peek();
        if (t.kind() == Kind.PLUS || t.kind() == Kind.MINUS) {
            pos++;
            return new Ast.Arith(left, t.kind() == Kind.PLUS, operand(false));
        }
        return left;
    }

    private Ast.Operand literal() {
        Token t = peek();
        if (t.kind() != Kind.VALUE_REF) {
            throw syntaxHere();
        }
        pos++;
        return new Ast.Literal(t.text(), ctx.value(t.text()));
    }

    // ---- tokens

    private Token peek() {
        return tokens.get(pos);
    }

    private void expect(Kind kind) {
        if (peek().kind() != kind) {
            throw syntaxHere();
        }
        pos++;
    }

    private void expectEnd() {
        if (peek().kind() != Kind.EOF) {
            throw syntaxHere();
        }
    }

    private RuntimeException syntaxHere() {
        Token t = peek();
        int from = pos > 0 ? tokens.get(pos - 1).at() : t.at();
        int to = t.kind() == Kind.EOF ? src.length() : t.at() + t.text().length();
        return ctx.syntax(t.text(), src.substring(from, to).trim());
    }
}
