package dev.sslform.plugin.cli;

import dev.sslform.plugin.config.ConfigLoader;
import dev.sslform.plugin.config.LoadRequest;
import dev.sslform.plugin.config.LoadResult;
import dev.sslform.plugin.config.ResourceMode;
import dev.sslform.plugin.config.Sensitivity;
import dev.sslform.plugin.plan.SensitiveAttributes;
import dev.sslform.plugin.provider.TencentCloudSchemas;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which attributes of the objects in state {@code show} hides: sslform keeps the values in state
 * (as Terraform does) and does not record their sensitivity there, so it reads it from the
 * configuration in the working directory, quietly (missing variables are unknown; sensitivity
 * needs only the references): every argument of a resource block that refers to a sensitive
 * value, and every attribute the schema marks sensitive.
 */
final class SensitiveState {
    private SensitiveState() {
    }

    static SensitiveAttributes of(EngineCommand cmd) {
        LoadResult r;
        try {
            r = new ConfigLoader(TencentCloudSchemas.schema()).load(LoadRequest.directory(cmd.dir()).withVars(cmd.resolvedVars())
                    .withEnv(cmd.loadEnv()).forValidate());
        } catch (RuntimeException e) {
            return SensitiveAttributes.NONE;
        }
        if (r.configuration() == null) {
            return SensitiveAttributes.NONE;
        }
        Map<String, Map<String, Object>> byResource = new LinkedHashMap<>();
        for (var res : r.configuration().resources(ResourceMode.MANAGED)) {
            Map<String, Object> m = Sensitivity.resourceMask(r.configuration(), res);
            if (!m.isEmpty()) {
                byResource.put(res.address().toString(), m);
            }
        }
        return new SensitiveAttributes(Map.of(), byResource);
    }
}
