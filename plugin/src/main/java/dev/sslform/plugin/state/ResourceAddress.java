package dev.sslform.plugin.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The address of one resource instance, as Terraform writes it: an optional module instance path
 * and then {@code type.name}, {@code type.name[0]}, {@code type.name["key"]} or
 * {@code data.type.name} — for example {@code module.app["a"].module.ssl.data.t.n[0]}.
 * {@link #toString()} gives back the canonical form, so {@code parse(a.toString()).equals(a)}.
 */
public record ResourceAddress(ModulePath module, ResourceMode mode, String type, String name, IndexKey key) implements Targetable {

    private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    public ResourceAddress {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(key, "key");
        if (type == null || !IDENT.matcher(type).matches()) {
            throw new InvalidAddressException("invalid resource type \"" + type + "\"");
        }
        if (name == null || !IDENT.matcher(name).matches()) {
            throw new InvalidAddressException("invalid resource name \"" + name + "\"");
        }
    }

    /** An address in the root module. */
    public ResourceAddress(ResourceMode mode, String type, String name, IndexKey key) {
        this(ModulePath.ROOT, mode, type, name, key);
    }

    static boolean isIdentifier(String s) {
        return IDENT.matcher(s).matches();
    }

    public static ResourceAddress managed(String type, String name) {
        return new ResourceAddress(ResourceMode.MANAGED, type, name, IndexKey.NONE);
    }

    /** The same resource with another instance key. */
    public ResourceAddress withKey(IndexKey newKey) {
        return new ResourceAddress(module, mode, type, name, newKey);
    }

    /** The same resource instance in another module instance. */
    public ResourceAddress inModule(ModulePath newModule) {
        return new ResourceAddress(newModule, mode, type, name, key);
    }

    /** The address without its instance key: what a {@link ResourceState} is found by. */
    public ResourceAddress resource() {
        return withKey(IndexKey.NONE);
    }

    /** The address relative to its module ({@code type.name[key]}, no module path). */
    public String local() {
        return (mode == ResourceMode.DATA ? "data." : "") + type + "." + name + key.suffix();
    }

    /** Terraform's target containment: this instance, or (without key) every instance of this resource, in this exact module instance. */
    @Override
    public boolean targets(ResourceAddress a) {
        return equals(a) || (key instanceof IndexKey.None && equals(a.resource()));
    }

    /**
     * Parses an address as a user types it.
     *
     * @throws InvalidAddressException naming the input and what is wrong with it
     */
    public static ResourceAddress parse(String text) {
        Targetable t = parseTargetable(text);
        if (t instanceof ResourceAddress a) {
            return a;
        }
        throw new InvalidAddressException(error(text, "a module address is not a resource address; expected type.name or"
                + " data.type.name after the module path"));
    }

    /** A resource (instance) address or a module instance address: what {@code -target} accepts. */
    static Targetable parseTargetable(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidAddressException("empty resource address");
        }
        Scanner s = new Scanner(text, text.trim());
        List<ModuleStep> steps = new ArrayList<>();
        while (s.peekWord("module")) {
            s.word();
            s.expect('.');
            String name = s.word();
            IndexKey key = s.peek('[') ? s.key() : IndexKey.NONE;
            steps.add(new ModuleStep(checked(text, name, "module name"), key));
            if (s.atEnd()) {
                return new ModulePath(steps);
            }
            s.expect('.');
        }
        ModulePath module = new ModulePath(steps);
        ResourceMode mode = ResourceMode.MANAGED;
        String first = s.word();
        if (first.equals("data") && s.peek('.')) {
            mode = ResourceMode.DATA;
            s.expect('.');
            first = s.word();
        }
        if (!s.peek('.')) {
            throw new InvalidAddressException(error(text, "expected type.name or data.type.name"));
        }
        s.expect('.');
        String name = s.word();
        IndexKey key = s.peek('[') ? s.key() : IndexKey.NONE;
        if (!s.atEnd()) {
            throw new InvalidAddressException(error(text, s.peek('[') ? "only the last step of a resource address may have an index"
                    : s.peek('.') ? "expected type.name or data.type.name" : "unexpected characters after the address"));
        }
        try {
            return new ResourceAddress(module, mode, first, name, key);
        } catch (InvalidAddressException e) {
            throw new InvalidAddressException(error(text, e.getMessage()));
        }
    }

    private static String checked(String text, String name, String what) {
        if (!IDENT.matcher(name).matches()) {
            throw new InvalidAddressException(error(text, "invalid " + what + " \"" + name + "\""));
        }
        return name;
    }

    /** A left-to-right reader of an address's characters. */
    private static final class Scanner {
        private final String original;
        private final String in;
        private int pos;

        Scanner(String original, String in) {
            this.original = original;
            this.in = in;
        }

        boolean atEnd() {
            return pos >= in.length();
        }

        boolean peek(char c) {
            return pos < in.length() && in.charAt(pos) == c;
        }

        boolean peekWord(String w) {
            return in.startsWith(w + ".", pos);
        }

        void expect(char c) {
            if (!peek(c)) {
                throw new InvalidAddressException(error(original, atEnd() ? "the address ends too early" : "expected '" + c + "' at \""
                        + in.substring(pos) + "\""));
            }
            pos++;
        }

        String word() {
            int start = pos;
            while (pos < in.length() && in.charAt(pos) != '.' && in.charAt(pos) != '[') {
                pos++;
            }
            return in.substring(start, pos);
        }

        IndexKey key() {
            expect('[');
            if (peek('"')) {
                pos++;
                StringBuilder out = new StringBuilder();
                while (true) {
                    if (atEnd()) {
                        throw new InvalidAddressException(error(original, "unterminated string index"));
                    }
                    char c = in.charAt(pos++);
                    if (c == '\\' && !atEnd()) {
                        out.append(in.charAt(pos++));
                    } else if (c == '"') {
                        break;
                    } else {
                        out.append(c);
                    }
                }
                if (!peek(']')) {
                    throw new InvalidAddressException(error(original, atEnd() ? "an index must end with ']'" : "unescaped '\"' inside a string index"));
                }
                pos++;
                return IndexKey.of(out.toString());
            }
            int close = in.indexOf(']', pos);
            if (close < 0) {
                throw new InvalidAddressException(error(original, "an index must end with ']'"));
            }
            String inner = in.substring(pos, close);
            pos = close + 1;
            if (!inner.matches("[0-9]+")) {
                throw new InvalidAddressException(error(original, "an index must be a non-negative number or a quoted string"));
            }
            try {
                return IndexKey.of(Long.parseLong(inner));
            } catch (NumberFormatException e) {
                throw new InvalidAddressException(error(original, "index out of range"));
            }
        }
    }

    private static String error(String text, String why) {
        return "invalid resource address \"" + text + "\": " + why;
    }

    @Override
    public String toString() {
        return module.isRoot() ? local() : module + "." + local();
    }
}
