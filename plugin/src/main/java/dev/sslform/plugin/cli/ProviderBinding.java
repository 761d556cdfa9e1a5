package dev.sslform.plugin.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The provider configuration a saved plan is bound to. At plan time: the evaluated provider block
 * with the environment's fallbacks that decide where calls go resolved ({@code region} from
 * {@code TENCENTCLOUD_REGION}); the credentials are left out of the file. At apply time: exactly
 * those settings (endpoint, region, protocol, rate_limit, ...), whatever today's variables,
 * variable files or environment say, with only the credentials taken from today's configuration
 * and environment: they say who makes the calls, not what the calls are or where they go.
 */
final class ProviderBinding {

    static final Set<String> SECRET = Set.of("secret_id", "secret_key", "security_token");

    private ProviderBinding() {
    }

    /** What a plan file keeps: the block without credentials, the region resolved from the environment. */
    static Map<String, Object> forPlan(Map<String, Object> block, Map<String, String> env) {
        Map<String, Object> out = new LinkedHashMap<>(block == null ? Map.of() : block);
        out.keySet().removeAll(SECRET);
        if (out.get("region") == null && env.get("TENCENTCLOUD_REGION") != null) {
            out.put("region", env.get("TENCENTCLOUD_REGION"));
        }
        return out;
    }

    /** {@link #forPlan(Map, Map)} for each configuration, by its name ({@code tencentcloud}, {@code tencentcloud.sh}). */
    static Map<String, Map<String, Object>> forPlanAll(Map<String, Map<String, Object>> blocks, Map<String, String> env) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        blocks.forEach((name, block) -> out.put(name, forPlan(block, env)));
        return out;
    }

    /**
     * {@link #forApply(Map, Map)} for each configuration the plan was made with: its saved
     * settings plus today's credentials of the configuration of the same name.
     */
    static Map<String, Map<String, Object>> forApplyAll(Map<String, Map<String, Object>> saved, Map<String, Map<String, Object>> today) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        saved.forEach((name, settings) -> out.put(name, forApply(settings, today.get(name))));
        return out;
    }

    /** The provider block to apply a saved plan with: the plan's settings plus today's credentials. */
    static Map<String, Object> forApply(Map<String, Object> saved, Map<String, Object> today) {
        Map<String, Object> out = new LinkedHashMap<>(saved);
        out.keySet().removeAll(SECRET);
        if (today != null) {
            for (String k : SECRET) {
                if (today.get(k) != null) {
                    out.put(k, today.get(k));
                }
            }
        }
        return out;
    }
}
