package dev.sslform.plugin.config.syntax;

import dev.sslform.plugin.config.diag.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * The contents of a file or of a block: attributes (name = expression) and nested blocks, in
 * source order. HCL, YAML and JSON files all parse into this shape.
 */
public record Body(List<Attribute> attributes, List<Block> blocks, SourceRange range) {
    public Body {
        attributes = List.copyOf(attributes);
        blocks = List.copyOf(blocks);
    }

    public Optional<Attribute> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    public List<Block> blocks(String type) {
        return blocks.stream().filter(b -> b.type().equals(type)).toList();
    }
}
