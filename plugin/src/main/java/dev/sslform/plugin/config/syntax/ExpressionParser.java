package dev.sslform.plugin.config.syntax;

import static dev.sslform.plugin.config.syntax.TokenType.*;

import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.value.BoolValue;
import dev.sslform.plugin.config.value.NullValue;
import dev.sslform.plugin.config.value.NumberValue;
import dev.sslform.plugin.config.value.StringValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Recursive descent over HCL expressions: conditional, binary operators by precedence, unary,
 * postfix traversals (attributes, indexes, splats) and primaries. Errors throw {@link ParseError}
 * to the statement boundary in {@link HclParser}.
 */
final class ExpressionParser {
    private static final Map<TokenType, Operator> BINARY = Map.ofEntries(
            Map.entry(OR, Operator.OR), Map.entry(AND, Operator.AND),
            Map.entry(EQEQ, Operator.EQUAL), Map.entry(NOTEQ, Operator.NOT_EQUAL),
            Map.entry(LT, Operator.LESS), Map.entry(LE, Operator.LESS_EQUAL),
            Map.entry(GT, Operator.GREATER), Map.entry(GE, Operator.GREATER_EQUAL),
            Map.entry(PLUS, Operator.ADD), Map.entry(MINUS, Operator.SUBTRACT),
            Map.entry(STAR, Operator.MULTIPLY), Map.entry(SLASH, Operator.DIVIDE), Map.entry(PERCENT, Operator.MODULO));

    private final TokenStream ts;
    private final TemplateParser templates;

    ExpressionParser(TokenStream ts) {
        this.ts = ts;
        this.templates = new TemplateParser(ts, this);
    }

    Expr bareTemplate(Token first) {
        return templates.bare(first);
    }

    Expr expression() {
        Token first = ts.peek();
        ts.enter(first);
        try {
            Expr cond = binary(1);
            if (!ts.accept(QUESTION)) {
                return cond;
            }
            Expr then = expression();
            ts.expect(COLON, "Missing false expression in conditional",
                    "The conditional operator (...?...:...) requires a false expression, delimited by a colon.");
            Expr otherwise = expression();
            return new Expr.Conditional(cond, then, otherwise, cond.range().to(otherwise.range()));
        } finally {
            ts.leave();
        }
    }

    Expr binary(int minPrecedence) {
        Expr left = unary();
        while (true) {
            Operator op = BINARY.get(ts.peek().type());
            if (op == null || op.precedence() < minPrecedence) {
                return left;
            }
            ts.next();
            Expr right = binary(op.precedence() + 1);
            left = new Expr.Binary(op, left, right, left.range().to(right.range()));
        }
    }

    private Expr unary() {
        Token t = ts.peek();
        if (t.is(MINUS) || t.is(BANG)) {
            ts.next();
            ts.enter(t);
            try {
                Expr operand = unary();
                return new Expr.Unary(t.is(MINUS) ? Operator.NEGATE : Operator.NOT, operand,
                        ts.range(t).to(operand.range()));
            } finally {
                ts.leave();
            }
        }
        return postfix(primary());
    }

    private Expr postfix(Expr e) {
        while (true) {
            Token t = ts.peek();
            if (t.is(DOT)) {
                Token after = ts.peek(1);
                if (after.is(STAR)) {
                    ts.next();
                    ts.next();
                    return splat(e, false, after);
                }
                e = attrStep(e);
            } else if (t.is(LBRACK)) {
                if (ts.peek(1).is(STAR) && ts.peek(2).is(RBRACK)) {
                    ts.next();
                    ts.next();
                    return splat(e, true, ts.next());
                }
                e = indexStep(e);
            } else {
                return e;
            }
        }
    }

    private Expr attrStep(Expr e) {
        ts.next();
        Token name = ts.next();
        if (name.is(IDENT)) {
            return new Expr.GetAttr(e, name.text(), e.range().to(ts.range(name)));
        }
        if (name.is(NUMBER) && name.text().chars().allMatch(ch -> Character.isDigit(ch) || ch == '.')) {
            for (String part : name.text().split("\\.")) {
                Expr key = new Expr.Literal(NumberValue.parse(part), ts.range(name));
                e = new Expr.Index(e, key, e.range().to(ts.range(name)));
            }
            return e;
        }
        throw ts.error("Invalid attribute name", "An attribute name is required after a dot.", name);
    }

    private Expr indexStep(Expr e) {
        ts.next();
        ts.pushNewlines(false);
        try {
            Expr key = expression();
            Token close = ts.expect(RBRACK, "Missing close bracket on index",
                    "The index operator must end with a closing bracket (\"]\").");
            return new Expr.Index(e, key, e.range().to(ts.range(close)));
        } finally {
            ts.popNewlines();
        }
    }

    private Expr splat(Expr source, boolean full, Token marker) {
        Expr each = new Expr.SplatItem(ts.range(marker));
        while (true) {
            Token t = ts.peek();
            if (t.is(DOT) && !ts.peek(1).is(STAR)) {
                each = attrStep(each);
            } else if (full && t.is(LBRACK) && !ts.peek(1).is(STAR)) {
                each = indexStep(each);
            } else {
                break;
            }
        }
        SourceRange end = each instanceof Expr.SplatItem ? ts.range(marker) : each.range();
        return new Expr.Splat(source, each, source.range().to(end));
    }

    private Expr primary() {
        Token t = ts.peek();
        switch (t.type()) {
            case NUMBER -> {
                ts.next();
                return new Expr.Literal(NumberValue.parse(t.text()), ts.range(t));
            }
            case IDENT -> {
                return identifier();
            }
            case OQUOTE -> {
                return templates.quoted();
            }
            case OHEREDOC -> {
                return templates.heredoc();
            }
            case LPAREN -> {
                ts.next();
                ts.pushNewlines(false);
                try {
                    Expr inner = expression();
                    Token close = ts.expect(RPAREN, "Unbalanced parentheses",
                            "Expected a closing parenthesis to terminate the expression.");
                    return new Expr.Paren(inner, ts.range(t, close));
                } finally {
                    ts.popNewlines();
                }
            }
            case LBRACK -> {
                return new CollectionParser(ts, this).tuple();
            }
            case LBRACE -> {
                return new CollectionParser(ts, this).object();
            }
            default -> throw ts.error("Invalid expression",
                    "Expected the start of an expression, but found " + TokenStream.describe(t) + ".", t);
        }
    }

    private Expr identifier() {
        Token t = ts.next();
        switch (t.text()) {
            case "true" -> {
                return new Expr.Literal(BoolValue.TRUE, ts.range(t));
            }
            case "false" -> {
                return new Expr.Literal(BoolValue.FALSE, ts.range(t));
            }
            case "null" -> {
                return new Expr.Literal(NullValue.INSTANCE, ts.range(t));
            }
            default -> {
            }
        }
        if (!ts.peek().is(LPAREN)) {
            return new Expr.Variable(t.text(), ts.range(t));
        }
        ts.next();
        ts.pushNewlines(false);
        try {
            List<Expr> args = new ArrayList<>();
            boolean expand = false;
            while (!ts.at(RPAREN)) {
                args.add(expression());
                if (ts.accept(ELLIPSIS)) {
                    expand = true;
                    break;
                }
                if (!ts.accept(COMMA)) {
                    break;
                }
            }
            Token close = ts.expect(RPAREN, "Missing argument separator",
                    "A comma is required to separate each function argument from the next.");
            return new Expr.Call(t.text(), args, expand, ts.range(t), ts.range(t, close));
        } finally {
            ts.popNewlines();
        }
    }

    static Expr.Literal string(String s, SourceRange r) {
        return new Expr.Literal(new StringValue(s), r);
    }
}
