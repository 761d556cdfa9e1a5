package dev.sslform.plugin.config.syntax;

import static dev.sslform.plugin.config.syntax.TokenType.*;

import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.value.StringValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Quoted strings and heredocs: literal parts, {@code ${…}} interpolations and {@code %{if}} /
 * {@code %{for}} directives, with {@code ~} whitespace stripping and {@code <<-} indentation
 * removal done the way HCL does them.
 */
final class TemplateParser {
    private final TokenStream ts;
    private final ExpressionParser exprs;
    private HeredocIndent heredocIndent = new HeredocIndent();

    TemplateParser(TokenStream ts, ExpressionParser exprs) {
        this.ts = ts;
        this.exprs = exprs;
    }

    private record Parts(List<Expr> parts, Token terminator) {
    }

    Expr quoted() {
        Token open = ts.next();
        Parts p = parts(CQUOTE);
        expectEnd(p, CQUOTE, open);
        return build(p.parts, ts.range(open, p.terminator));
    }

    /** A template that runs to the end of input (see {@link Lexer}'s bare-template mode). */
    Expr bare(Token first) {
        Parts p = parts(EOF);
        expectEnd(p, EOF, first);
        return build(p.parts, ts.range(first, p.terminator));
    }

    Expr heredoc() {
        Token open = ts.next();
        HeredocIndent outer = heredocIndent;
        heredocIndent = new HeredocIndent();
        Parts p;
        HeredocIndent mine = heredocIndent;
        try {
            p = parts(CHEREDOC);
        } finally {
            heredocIndent = outer;
        }
        expectEnd(p, CHEREDOC, open);
        List<Expr> parts = open.text().startsWith("<<-") ? mine.strip(p.parts) : p.parts;
        return build(parts, ts.range(open, p.terminator));
    }

    private static Expr build(List<Expr> parts, SourceRange range) {
        List<Expr> merged = new ArrayList<>();
        for (Expr part : parts) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1) instanceof Expr.Literal prev
                    && prev.value() instanceof StringValue a && part instanceof Expr.Literal lit
                    && lit.value() instanceof StringValue b) {
                merged.set(merged.size() - 1, ExpressionParser.string(a.value() + b.value(), prev.range().to(lit.range())));
            } else {
                merged.add(part);
            }
        }
        if (merged.size() == 1 && !(merged.get(0) instanceof Expr.Literal l && l.value() instanceof StringValue)
                && !(merged.get(0) instanceof Expr.TemplateIf)
                && !(merged.get(0) instanceof Expr.TemplateFor)) {
            return new Expr.TemplateWrap(merged.get(0), range);
        }
        return new Expr.Template(merged, range);
    }

    private void expectEnd(Parts p, TokenType end, Token open) {
        if (!p.terminator.is(end)) {
            String what = p.terminator.is(TEMPLATE_CONTROL) ? "Unexpected " + keyword(p.terminator) + " directive"
                    : "Unterminated template string";
            throw ts.error(what, "The template opened here has no matching end.", p.terminator.is(EOF) ? open : p.terminator);
        }
    }

    /** Reads parts until {@code end}, or until an else/endif/endfor directive, which is left as terminator. */
    private Parts parts(TokenType end) {
        ts.pushNewlines(true);
        try {
            List<Expr> parts = new ArrayList<>();
            while (true) {
                Token t = ts.peek();
                if (t.is(end) || t.is(EOF) || t.is(CQUOTE) || t.is(CHEREDOC)) {
                    ts.next();
                    return new Parts(parts, t);
                }
                if (t.is(STRING_LIT)) {
                    ts.next();
                    parts.add(literal(t));
                } else if (t.is(TEMPLATE_INTERP)) {
                    ts.next();
                    Token before = ts.rawAt(-2);
                    if (before != null && (before.is(OHEREDOC) || (before.is(STRING_LIT) && before.value().endsWith("\n")))) {
                        heredocIndent.interpolationAtLineStart();
                    }
                    parts.add(interpolation());
                } else if (t.is(TEMPLATE_CONTROL)) {
                    String kw = keyword(t);
                    if (kw.equals("else") || kw.equals("endif") || kw.equals("endfor")) {
                        ts.next();
                        return new Parts(parts, t);
                    }
                    ts.next();
                    parts.add(kw.equals("if") ? ifDirective(t) : forDirective(t));
                } else {
                    throw ts.error("Invalid template", "Unexpected " + TokenStream.describe(t) + " in template.", t);
                }
            }
        } finally {
            ts.popNewlines();
        }
    }

    private String keyword(Token control) {
        ts.pushNewlines(false);
        try {
            Token kw = ts.peek(control == ts.peek() ? 1 : 0);
            return kw.is(IDENT) ? kw.text() : "";
        } finally {
            ts.popNewlines();
        }
    }

    private Expr literal(Token t) {
        String v = t.value();
        Token before = ts.rawAt(-2);
        Token after = ts.rawAt(0);
        if (before != null && before.is(TEMPLATE_SEQ_END) && before.strip()) {
            v = v.stripLeading();
        }
        if (after != null && (after.is(TEMPLATE_INTERP) || after.is(TEMPLATE_CONTROL)) && after.strip()) {
            v = v.stripTrailing();
        }
        Expr.Literal lit = ExpressionParser.string(v, ts.range(t));
        if (before != null && (before.is(OHEREDOC) || (before.is(STRING_LIT) && before.value().endsWith("\n")))) {
            heredocIndent.lineStart(lit);
        }
        return lit;
    }

    private Expr interpolation() {
        ts.pushNewlines(false);
        try {
            Expr e = exprs.expression();
            ts.expect(TEMPLATE_SEQ_END, "Extra characters after interpolation expression",
                    "Expected a closing brace to end the interpolation expression.");
            return e;
        } finally {
            ts.popNewlines();
        }
    }

    private Token closeDirective(String name) {
        ts.pushNewlines(false);
        try {
            return ts.expect(TEMPLATE_SEQ_END, "Extra characters in " + name + " marker",
                    "Expected a closing brace to end the sequence.");
        } finally {
            ts.popNewlines();
        }
    }

    private Expr ifDirective(Token open) {
        Expr cond;
        ts.pushNewlines(false);
        try {
            ts.next();
            cond = exprs.expression();
        } finally {
            ts.popNewlines();
        }
        closeDirective("if");
        Parts then = parts(CQUOTE);
        Parts otherwise = null;
        Token end = then.terminator;
        if (end.is(TEMPLATE_CONTROL) && keyword(end).equals("else")) {
            skipKeyword();
            closeDirective("else");
            otherwise = parts(CQUOTE);
            end = otherwise.terminator;
        }
        if (!end.is(TEMPLATE_CONTROL) || !keyword(end).equals("endif")) {
            throw ts.error("Unterminated template directive", "The if directive opened here has no matching %{endif}.", open);
        }
        skipKeyword();
        Token close = closeDirective("endif");
        Expr.Template thenT = new Expr.Template(then.parts, cond.range());
        Expr.Template elseT = otherwise == null ? null : new Expr.Template(otherwise.parts, cond.range());
        return new Expr.TemplateIf(cond, thenT, elseT, ts.range(open, close));
    }

    private Expr forDirective(Token open) {
        ts.pushNewlines(false);
        String keyVar = null;
        String valueVar;
        Expr coll;
        try {
            Token kw = ts.next();
            if (!kw.isKeyword("for")) {
                throw ts.error("Invalid template directive", "A template directive keyword (\"if\", \"for\", etc) is expected at the beginning of a %{ sequence.", kw);
            }
            valueVar = ts.expect(IDENT, "Invalid 'for' directive", "For directive requires variable name after 'for'.").text();
            if (ts.accept(COMMA)) {
                keyVar = valueVar;
                valueVar = ts.expect(IDENT, "Invalid 'for' directive", "For directive requires value variable name after comma.").text();
            }
            if (!ts.peek().isKeyword("in")) {
                throw ts.error("Invalid 'for' directive", "For directive requires 'in' keyword after names.", ts.peek());
            }
            ts.next();
            coll = exprs.expression();
        } finally {
            ts.popNewlines();
        }
        closeDirective("for");
        Parts body = parts(CQUOTE);
        if (!body.terminator.is(TEMPLATE_CONTROL) || !keyword(body.terminator).equals("endfor")) {
            throw ts.error("Unterminated template directive", "The for directive opened here has no matching %{endfor}.", open);
        }
        skipKeyword();
        Token close = closeDirective("endfor");
        return new Expr.TemplateFor(keyVar, valueVar, coll, new Expr.Template(body.parts, coll.range()), ts.range(open, close));
    }

    private void skipKeyword() {
        ts.pushNewlines(false);
        try {
            ts.next();
        } finally {
            ts.popNewlines();
        }
    }
}
