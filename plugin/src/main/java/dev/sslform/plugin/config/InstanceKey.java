package dev.sslform.plugin.config;

/**
 * Which instance of an expanded block: none (no count or for_each), an index ({@code [0]}) for
 * count, a string ({@code ["key"]}) for for_each, or {@link Unknown} while the count or for_each
 * value is not yet known (the placeholder a validate or an unread data source produces).
 */
public sealed interface InstanceKey {
    NoKey NONE = new NoKey();
    Unknown UNKNOWN = new Unknown();

    /** The key as written after the resource address: "", "[0]", "[\"k\"]" or "[*]". */
    String suffix();

    record NoKey() implements InstanceKey {
        @Override
        public String suffix() {
            return "";
        }
    }

    record Index(int index) implements InstanceKey {
        @Override
        public String suffix() {
            return "[" + index + "]";
        }
    }

    record Key(String key) implements InstanceKey {
        @Override
        public String suffix() {
            return "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        }
    }

    record Unknown() implements InstanceKey {
        @Override
        public String suffix() {
            return "[*]";
        }
    }
}
