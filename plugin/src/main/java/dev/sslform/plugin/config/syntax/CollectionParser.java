package dev.sslform.plugin.config.syntax;

import static dev.sslform.plugin.config.syntax.TokenType.*;

import java.util.ArrayList;
import java.util.List;

/** Tuple and object constructors and the {@code for} expressions that share their brackets. */
final class CollectionParser {
    private final TokenStream ts;
    private final ExpressionParser exprs;

    CollectionParser(TokenStream ts, ExpressionParser exprs) {
        this.ts = ts;
        this.exprs = exprs;
    }

    Expr tuple() {
        Token open = ts.next();
        ts.pushNewlines(false);
        try {
            if (ts.peek().isKeyword("for") && ts.peek(1).is(IDENT)) {
                return forExpr(open, false);
            }
            List<Expr> elements = new ArrayList<>();
            while (!ts.at(RBRACK)) {
                elements.add(exprs.expression());
                if (!ts.accept(COMMA)) {
                    break;
                }
            }
            Token close = ts.expect(RBRACK, "Missing item separator",
                    "Expected a comma to mark the beginning of the next item.");
            return new Expr.Tuple(elements, ts.range(open, close));
        } finally {
            ts.popNewlines();
        }
    }

    Expr object() {
        Token open = ts.next();
        ts.pushNewlines(true);
        try {
            ts.skipNewlines();
            if (ts.peek().isKeyword("for") && ts.peek(1).is(IDENT)) {
                ts.pushNewlines(false);
                try {
                    return forExpr(open, true);
                } finally {
                    ts.popNewlines();
                }
            }
            List<Expr.Item> items = new ArrayList<>();
            while (true) {
                ts.skipNewlines();
                if (ts.at(RBRACE)) {
                    break;
                }
                items.add(item());
                Token sep = ts.peek();
                if (sep.is(COMMA) || sep.is(NEWLINE)) {
                    ts.next();
                } else if (!sep.is(RBRACE)) {
                    throw ts.error("Missing attribute separator",
                            "Expected a newline or comma to mark the beginning of the next attribute.", sep);
                }
            }
            Token close = ts.next();
            return new Expr.ObjectCons(items, ts.range(open, close));
        } finally {
            ts.popNewlines();
        }
    }

    private Expr.Item item() {
        Token first = ts.peek();
        boolean keyword = first.is(IDENT) && (ts.peek(1).is(EQUAL) || ts.peek(1).is(COLON));
        Expr key;
        if (keyword) {
            ts.next();
            key = ExpressionParser.string(first.text(), ts.range(first));
        } else {
            ts.pushNewlines(false);
            try {
                key = exprs.binary(1);
            } finally {
                ts.popNewlines();
            }
        }
        if (!ts.accept(EQUAL) && !ts.accept(COLON)) {
            throw ts.error("Missing key/value separator",
                    "Expected an equals sign (\"=\") to mark the beginning of the attribute value.", ts.peek());
        }
        ts.pushNewlines(false);
        Expr value;
        try {
            value = exprs.expression();
        } finally {
            ts.popNewlines();
        }
        return new Expr.Item(key, value, keyword);
    }

    private Expr forExpr(Token open, boolean object) {
        ts.next();
        String keyVar = null;
        String valueVar = ts.expect(IDENT, "Invalid 'for' expression", "For expression requires variable name after 'for'.").text();
        if (ts.accept(COMMA)) {
            keyVar = valueVar;
            valueVar = ts.expect(IDENT, "Invalid 'for' expression", "For expression requires value variable name after comma.").text();
        }
        if (!ts.peek().isKeyword("in")) {
            throw ts.error("Invalid 'for' expression", "For expression requires the 'in' keyword after its name declarations.", ts.peek());
        }
        ts.next();
        Expr collection = exprs.expression();
        ts.expect(COLON, "Invalid 'for' expression", "For expression requires a colon after the collection expression.");
        Expr keyExpr = null;
        Expr valueExpr = exprs.expression();
        boolean grouping = false;
        if (object) {
            keyExpr = valueExpr;
            ts.expect(FAT_ARROW, "Invalid 'for' expression", "Key expression is required when building an object.");
            valueExpr = exprs.expression();
            grouping = ts.accept(ELLIPSIS);
        }
        Expr condition = null;
        if (ts.peek().isKeyword("if")) {
            ts.next();
            condition = exprs.expression();
        }
        Token close = ts.expect(object ? RBRACE : RBRACK, "Invalid 'for' expression",
                "Extra characters after the end of the 'for' expression.");
        return new Expr.For(keyVar, valueVar, collection, keyExpr, valueExpr, condition, grouping, ts.range(open, close));
    }
}
