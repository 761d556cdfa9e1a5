package dev.sslform.plugin.config.syntax;

import dev.sslform.plugin.config.diag.SourceRange;
import java.util.List;

/**
 * {@code type "label" … { body }}. {@code labelRanges} is parallel to {@code labels};
 * {@code defRange} covers the type and labels (what Terraform underlines for a block).
 */
public record Block(String type, List<String> labels, List<SourceRange> labelRanges, Body body,
                    SourceRange typeRange, SourceRange defRange, SourceRange range) {
    public Block {
        labels = List.copyOf(labels);
        labelRanges = List.copyOf(labelRanges);
    }
}
