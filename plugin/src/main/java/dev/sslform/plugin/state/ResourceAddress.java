package dev.sslform.plugin.state;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The address of one resource instance: {@code type.name}, {@code type.name[0]},
 * {@code type.name["key"]} or {@code data.type.name}. {@link #toString()} gives back the canonical
 * form, so {@code parse(a.toString()).equals(a)}.
 */
public record ResourceAddress(ResourceMode mode, String type, String name, IndexKey key) {

    private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    public ResourceAddress {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(key, "key");
        if (type == null || !IDENT.matcher(type).matches()) {
            throw new InvalidAddressException("invalid resource type \"" + type + "\"");
        }
        if (name == null || !IDENT.matcher(name).matches()) {
            throw new InvalidAddressException("invalid resource name \"" + name + "\"");
        }
    }

    public static ResourceAddress managed(String type, String name) {
        return new ResourceAddress(ResourceMode.MANAGED, type, name, IndexKey.NONE);
    }

    /** The same resource with another instance key. */
    public ResourceAddress withKey(IndexKey newKey) {
        return new ResourceAddress(mode, type, name, newKey);
    }

    /** The address without its instance key: what a {@link ResourceState} is found by. */
    public ResourceAddress resource() {
        return withKey(IndexKey.NONE);
    }

    /**
     * Parses an address as a user types it.
     *
     * @throws InvalidAddressException naming the input and what is wrong with it
     */
    public static ResourceAddress parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidAddressException("empty resource address");
        }
        String rest = text.trim();
        IndexKey key = IndexKey.NONE;
        int bracket = rest.indexOf('[');
        if (bracket >= 0) {
            if (!rest.endsWith("]")) {
                throw new InvalidAddressException(error(text, "an index must end with ']'"));
            }
            key = parseKey(text, rest.substring(bracket + 1, rest.length() - 1));
            rest = rest.substring(0, bracket);
        }
        String[] parts = rest.split("\\.", -1);
        ResourceMode mode = ResourceMode.MANAGED;
        int first = 0;
        if (parts.length == 3 && parts[0].equals("data")) {
            mode = ResourceMode.DATA;
            first = 1;
        } else if (parts.length != 2) {
            throw new InvalidAddressException(error(text, "expected type.name or data.type.name"));
        }
        try {
            return new ResourceAddress(mode, parts[first], parts[first + 1], key);
        } catch (InvalidAddressException e) {
            throw new InvalidAddressException(error(text, e.getMessage()));
        }
    }

    private static IndexKey parseKey(String text, String inner) {
        if (inner.startsWith("\"")) {
            if (inner.length() < 2 || !inner.endsWith("\"")) {
                throw new InvalidAddressException(error(text, "unterminated string index"));
            }
            String body = inner.substring(1, inner.length() - 1);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c == '\\' && i + 1 < body.length()) {
                    out.append(body.charAt(++i));
                } else if (c == '"') {
                    throw new InvalidAddressException(error(text, "unescaped '\"' inside a string index"));
                } else {
                    out.append(c);
                }
            }
            return IndexKey.of(out.toString());
        }
        if (!inner.matches("[0-9]+")) {
            throw new InvalidAddressException(error(text, "an index must be a non-negative number or a quoted string"));
        }
        try {
            return IndexKey.of(Long.parseLong(inner));
        } catch (NumberFormatException e) {
            throw new InvalidAddressException(error(text, "index out of range"));
        }
    }

    private static String error(String text, String why) {
        return "invalid resource address \"" + text + "\": " + why;
    }

    @Override
    public String toString() {
        return (mode == ResourceMode.DATA ? "data." : "") + type + "." + name + key.suffix();
    }
}
