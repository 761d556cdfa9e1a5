package dev.sslform.plugin.config.syntax;

import static dev.sslform.plugin.config.syntax.TokenType.*;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.diag.Pos;
import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.value.NullValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses HCL native syntax into a {@link Body}, keeping the source range of everything. On an
 * error it records a diagnostic, skips to the end of the statement and carries on, so one run
 * reports every syntax error. It never throws: every failure is a diagnostic.
 */
public final class HclParser {
    private final TokenStream ts;
    private final ExpressionParser exprs;
    private final Diagnostics diags;

    private HclParser(String filename, String src, Diagnostics diags) {
        this(filename, new Lexer(filename, src, diags), diags);
    }

    private HclParser(String filename, Lexer lexer, Diagnostics diags) {
        this.diags = diags;
        this.ts = new TokenStream(lexer.tokens(), filename);
        this.exprs = new ExpressionParser(ts);
    }

    /**
     * Parses a string from a JSON or YAML file as a template ({@code "${var.x}-suffix"}), with
     * positions counted from {@code origin}, where the string's text starts in the file.
     */
    public static Expr parseTemplate(String filename, String text, Pos origin, Diagnostics diags) {
        HclParser p = new HclParser(filename, new Lexer(filename, text, origin, diags), diags);
        Token first = p.ts.peek();
        try {
            return p.exprs.bareTemplate(first);
        } catch (ParseError e) {
            diags.add(e.diagnostic());
            return new Expr.Literal(new dev.sslform.plugin.config.value.StringValue(text), p.ts.range(first));
        }
    }

    /** Parses a whole file (a configuration or a .tfvars file). */
    public static Body parseFile(String filename, String src, Diagnostics diags) {
        HclParser p = new HclParser(filename, src, diags);
        Token first = p.ts.peek();
        return p.body(true, first);
    }

    /** Parses a single expression (a -var value); returns a null literal after an error. */
    public static Expr parseExpression(String filename, String src, Diagnostics diags) {
        HclParser p = new HclParser(filename, src, diags);
        p.ts.pushNewlines(false);
        Token first = p.ts.peek();
        try {
            Expr e = p.exprs.expression();
            if (!p.ts.at(EOF)) {
                throw p.ts.error("Extra characters after expression", "An expression was successfully parsed, but extra characters were found after it.", p.ts.peek());
            }
            return e;
        } catch (ParseError e) {
            diags.add(e.diagnostic());
            return new Expr.Literal(NullValue.INSTANCE, p.ts.range(first));
        }
    }

    private Body body(boolean topLevel, Token open) {
        List<Attribute> attributes = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        Map<String, Attribute> seen = new HashMap<>();
        while (true) {
            ts.skipNewlines();
            Token t = ts.peek();
            if (t.is(EOF)) {
                if (!topLevel) {
                    diags.error("Unclosed configuration block",
                            "There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
                            ts.range(open));
                }
                break;
            }
            if (t.is(RBRACE) && !topLevel) {
                break;
            }
            try {
                statement(topLevel, attributes, blocks, seen);
            } catch (ParseError e) {
                diags.add(e.diagnostic());
                recover(topLevel);
            }
        }
        Token end = ts.peek();
        return new Body(attributes, blocks, new SourceRange(ts.filename(), open.start(), end.start()));
    }

    private void statement(boolean topLevel, List<Attribute> attributes, List<Block> blocks, Map<String, Attribute> seen) {
        Token name = ts.peek();
        if (!name.is(IDENT)) {
            throw ts.error("Argument or block definition required",
                    "An argument or block definition is required here.", name);
        }
        ts.next();
        if (ts.accept(EQUAL)) {
            Expr e = exprs.expression();
            Attribute a = new Attribute(name.text(), e, ts.range(name), ts.range(name).to(e.range()));
            endOfStatement(topLevel, "Missing newline after argument", "An argument definition must end with a newline.");
            Attribute prior = seen.putIfAbsent(a.name(), a);
            if (prior != null) {
                diags.error("Attribute redefined", "The argument \"" + a.name() + "\" was already set at "
                        + prior.nameRange().filename() + ":" + prior.nameRange().start().line() + ","
                        + prior.nameRange().start().column() + ". Each argument may be set only once.", a.nameRange());
            } else {
                attributes.add(a);
            }
            return;
        }
        List<String> labels = new ArrayList<>();
        List<SourceRange> labelRanges = new ArrayList<>();
        while (!ts.at(LBRACE)) {
            Token t = ts.peek();
            if (t.is(IDENT)) {
                ts.next();
                labels.add(t.text());
                labelRanges.add(ts.range(t));
            } else if (t.is(OQUOTE)) {
                label(labels, labelRanges);
            } else {
                String detail = t.is(EQUAL) || t.is(NEWLINE) || t.is(EOF)
                        ? "A block definition must have block content delimited by \"{\" and \"}\", starting on the same line as the block header."
                        : "Either a quoted string block label or an opening brace (\"{\") is expected here.";
                throw ts.error("Invalid block definition", detail, t);
            }
        }
        Token lbrace = ts.next();
        ts.enter(lbrace);
        Body body;
        try {
            body = body(false, lbrace);
        } finally {
            ts.leave();
        }
        Token close = ts.peek();
        if (!close.is(RBRACE)) {
            return;
        }
        ts.next();
        SourceRange def = labelRanges.isEmpty() ? ts.range(name) : ts.range(name).to(labelRanges.get(labelRanges.size() - 1));
        blocks.add(new Block(name.text(), labels, labelRanges, body, ts.range(name), def, ts.range(name, close)));
        endOfStatement(topLevel, "Missing newline after block definition", "A block definition must end with a newline.");
    }

    private void label(List<String> labels, List<SourceRange> labelRanges) {
        Token open = ts.next();
        String value = "";
        if (ts.at(STRING_LIT)) {
            value = ts.next().value();
        }
        Token close = ts.peek();
        if (!close.is(CQUOTE)) {
            throw ts.error("Invalid string literal", "Template sequences are not allowed in this string. To include a literal \"$\", double it (as \"$$\") to escape it.", close);
        }
        ts.next();
        labels.add(value);
        labelRanges.add(ts.range(open, close));
    }

    private void endOfStatement(boolean topLevel, String summary, String detail) {
        Token t = ts.peek();
        if (t.is(NEWLINE) || t.is(EOF) || (!topLevel && t.is(RBRACE))) {
            if (t.is(NEWLINE)) {
                ts.next();
            }
            return;
        }
        throw ts.error(summary, detail, t);
    }

    /** Skips to the end of the broken statement: the next newline at this nesting level. */
    private void recover(boolean topLevel) {
        int depth = 0;
        while (true) {
            Token t = ts.peek();
            switch (t.type()) {
                case EOF -> {
                    return;
                }
                case NEWLINE -> {
                    if (depth <= 0) {
                        ts.next();
                        return;
                    }
                }
                case LBRACE, LBRACK, LPAREN, TEMPLATE_INTERP, TEMPLATE_CONTROL -> depth++;
                case RBRACE -> {
                    if (depth <= 0) {
                        if (topLevel) {
                            ts.next();
                        }
                        return;
                    }
                    depth--;
                }
                case RBRACK, RPAREN, TEMPLATE_SEQ_END -> depth--;
                default -> {
                }
            }
            ts.next();
        }
    }
}
