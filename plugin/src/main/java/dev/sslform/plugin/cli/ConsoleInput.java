package dev.sslform.plugin.cli;

import dev.sslform.plugin.config.diag.Diagnostic;
import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.syntax.SourceToken;
import dev.sslform.plugin.config.syntax.SourceTokens;
import dev.sslform.plugin.config.syntax.TokenType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** When an interactive console entry goes on to the next line: while a bracket, template sequence or heredoc is open. */
final class ConsoleInput {
    private ConsoleInput() {
    }

    static boolean couldContinue(List<String> linesSoFar) {
        if (linesSoFar.isEmpty() || linesSoFar.get(linesSoFar.size() - 1).isBlank()) {
            return false;
        }
        Diagnostics diags = new Diagnostics();
        List<SourceToken> tokens = SourceTokens.lex("<console-input>", String.join("\n", linesSoFar) + "\n", diags);
        for (Diagnostic d : diags) {
            // An open string or heredoc at the end is what continuation is for; anything else is
            // invalid input, which is evaluated (and reported) at once.
            if (!d.summary().equals("Unterminated template string")) {
                return false;
            }
        }
        Deque<TokenType> open = new ArrayDeque<>();
        for (SourceToken t : tokens) {
            switch (t.type()) {
                case LBRACE, LBRACK, LPAREN, OHEREDOC, TEMPLATE_INTERP, TEMPLATE_CONTROL -> open.push(t.type());
                case RBRACE -> {
                    if (open.isEmpty() || open.pop() != TokenType.LBRACE) {
                        return false;
                    }
                }
                case RBRACK -> {
                    if (open.isEmpty() || open.pop() != TokenType.LBRACK) {
                        return false;
                    }
                }
                case RPAREN -> {
                    if (open.isEmpty() || open.pop() != TokenType.LPAREN) {
                        return false;
                    }
                }
                case CHEREDOC -> {
                    if (open.isEmpty() || open.pop() != TokenType.OHEREDOC) {
                        return false;
                    }
                }
                case TEMPLATE_SEQ_END -> {
                    TokenType o = open.isEmpty() ? null : open.pop();
                    if (o != TokenType.TEMPLATE_INTERP && o != TokenType.TEMPLATE_CONTROL) {
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        return !open.isEmpty();
    }
}
