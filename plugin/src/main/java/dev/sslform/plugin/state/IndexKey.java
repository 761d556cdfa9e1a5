package dev.sslform.plugin.state;

import java.util.Objects;

/**
 * The key of one instance of a resource: none (a single instance), a number ({@code count}) or a
 * string ({@code for_each}). Written to state as an absent, numeric or string {@code index_key}.
 */
public sealed interface IndexKey {

    /** The key of a resource with neither count nor for_each. */
    IndexKey NONE = new None();

    static IndexKey of(long index) {
        return new Int(index);
    }

    static IndexKey of(String key) {
        return new Str(key);
    }

    /** The address suffix: "", "[0]" or "[\"key\"]". */
    String suffix();

    /** No key. */
    record None() implements IndexKey {
        @Override
        public String suffix() {
            return "";
        }
    }

    /** A count index; never negative. */
    record Int(long value) implements IndexKey {
        public Int {
            if (value < 0) {
                throw new IllegalArgumentException("index must not be negative: " + value);
            }
        }

        @Override
        public String suffix() {
            return "[" + value + "]";
        }
    }

    /** A for_each key. */
    record Str(String value) implements IndexKey {
        public Str {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String suffix() {
            return "[\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        }
    }
}
