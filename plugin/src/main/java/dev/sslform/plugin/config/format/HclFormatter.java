package dev.sslform.plugin.config.format;

import static dev.sslform.plugin.config.syntax.TokenType.EOF;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.config.syntax.Body;
import dev.sslform.plugin.config.syntax.HclParser;
import dev.sslform.plugin.config.syntax.SourceToken;
import dev.sslform.plugin.config.syntax.SourceTokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites HCL source to the canonical style. {@link #layout} is HashiCorp's {@code hclwrite}
 * formatter (whitespace only, no syntax check); {@link #format} is {@code terraform fmt}: it
 * refuses a file with syntax errors, applies Terraform's clean-ups, then the layout.
 */
public final class HclFormatter {
    /** The formatted text, or the syntax errors that stopped formatting ({@code text} is then null). */
    public record Result(String text, Diagnostics diagnostics) {
        public boolean ok() {
            return text != null;
        }
    }

    private HclFormatter() {
    }

    /** hclwrite's {@code Format}: only the spaces between tokens change. */
    public static String layout(String src) {
        List<SourceToken> source = SourceTokens.lex("<input>", src, new Diagnostics());
        List<FmtToken> tokens = tokens(source);
        CanonicalLayout.apply(tokens);
        return CanonicalLayout.render(tokens);
    }

    /** {@code terraform fmt} on one file's text. */
    public static Result format(String filename, String src) {
        Diagnostics diags = new Diagnostics();
        Body body = HclParser.parseFile(filename, src, diags);
        if (diags.hasErrors()) {
            return new Result(null, diags);
        }
        List<SourceToken> source = SourceTokens.lex(filename, src, new Diagnostics());
        int[] starts = new int[source.size()];
        int[] ends = new int[source.size()];
        for (int i = 0; i < source.size(); i++) {
            starts[i] = source.get(i).startByte();
            ends[i] = source.get(i).endByte();
        }
        List<FmtToken> tokens = TerraformCleanups.apply(tokens(source), starts, ends, body);
        CanonicalLayout.apply(tokens);
        return new Result(CanonicalLayout.render(tokens), diags);
    }

    private static List<FmtToken> tokens(List<SourceToken> source) {
        List<FmtToken> out = new ArrayList<>(source.size());
        int last = 0;
        for (SourceToken t : source) {
            // Spaces before a token are all rewritten except before EOF, which keeps the
            // original gap (hclwrite counts bytes, a tab as one space).
            out.add(new FmtToken(t.type(), t.text(), t.type() == EOF ? t.startByte() - last : 0));
            last = t.endByte();
        }
        return out;
    }
}
