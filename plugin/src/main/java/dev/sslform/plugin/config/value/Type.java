package dev.sslform.plugin.config.value;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A type constraint, as written in a {@code variable}'s {@code type} or declared for a schema
 * attribute: Terraform's primitive, collection and structural types plus {@code any}.
 * {@link #toString()} spells it the way Terraform does in messages ({@code list(string)}).
 */
public sealed interface Type {
    Type ANY = new Any();
    Type STRING = new Primitive("string");
    Type NUMBER = new Primitive("number");
    Type BOOL = new Primitive("bool");

    record Any() implements Type {
        @Override
        public String toString() {
            return "any";
        }
    }

    record Primitive(String name) implements Type {
        @Override
        public String toString() {
            return name;
        }
    }

    record ListOf(Type element) implements Type {
        @Override
        public String toString() {
            return "list(" + element + ")";
        }
    }

    record SetOf(Type element) implements Type {
        @Override
        public String toString() {
            return "set(" + element + ")";
        }
    }

    record MapOf(Type element) implements Type {
        @Override
        public String toString() {
            return "map(" + element + ")";
        }
    }

    /** An object type; attributes named in {@code optional} may be absent (they become null). */
    record ObjectOf(Map<String, Type> attributes, Set<String> optional) implements Type {
        public ObjectOf {
            attributes = new TreeMap<>(attributes);
            optional = Set.copyOf(optional);
        }

        @Override
        public String toString() {
            return attributes.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(", ", "object({", "})"));
        }
    }

    record TupleOf(List<Type> elements) implements Type {
        public TupleOf {
            elements = List.copyOf(elements);
        }

        @Override
        public String toString() {
            return elements.stream().map(Type::toString).collect(Collectors.joining(", ", "tuple([", "])"));
        }
    }

    static Type listOf(Type t) {
        return new ListOf(t);
    }

    static Type setOf(Type t) {
        return new SetOf(t);
    }

    static Type mapOf(Type t) {
        return new MapOf(t);
    }

    static Type objectOf(Map<String, Type> attributes) {
        return new ObjectOf(attributes, Set.of());
    }
}
