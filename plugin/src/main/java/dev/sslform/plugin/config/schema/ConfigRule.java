package dev.sslform.plugin.config.schema;

import dev.sslform.plugin.config.value.NullValue;
import dev.sslform.plugin.config.value.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A check that spans several attributes of one schema: a config validator of HashiCorp's plugin
 * framework ({@code resourcevalidator}), where a {@link Constraint} sees one value. Declared once,
 * on the {@link Schema}; the loader runs it at validate time over the evaluated body (only when
 * every value it names is known) and the provider's model decoding runs it again.
 */
public sealed interface ConfigRule {

    /** The attribute whose expression a violation is reported at. */
    String attribute();

    /** Every attribute the rule reads. */
    List<String> attributes();

    /** The problem, or empty when the object's values meet the rule. Absent attributes are null. */
    Optional<Problem> check(Map<String, Value> object);

    /** A violation: Terraform's diagnostic summary and detail. */
    record Problem(String summary, String detail) {
    }

    /**
     * When {@code attribute} equals {@code value}, every attribute of {@code required} must be set
     * ({@code is_kms = 1} needs {@code cmk_id} and {@code cmk_region}).
     */
    record RequiredWhen(String attribute, Value value, List<String> required, String summary) implements ConfigRule {
        public RequiredWhen {
            required = List.copyOf(required);
        }

        @Override
        public List<String> attributes() {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(attribute), required.stream()).toList();
        }

        @Override
        public Optional<Problem> check(Map<String, Value> object) {
            if (!value.equals(object.get(attribute)) || required.stream().allMatch(r -> isSet(object.get(r)))) {
                return Optional.empty();
            }
            String names = required.stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(" and "));
            return Optional.of(new Problem(summary, "With " + attribute + " = " + Constraint.show(value) + ", "
                    + (required.size() == 2 ? "both " + names + " are" : required.size() == 1 ? names + " is" : "all of " + names + " are")
                    + " required."));
        }

        private static boolean isSet(Value v) {
            return v != null && !(v instanceof NullValue);
        }
    }
}
