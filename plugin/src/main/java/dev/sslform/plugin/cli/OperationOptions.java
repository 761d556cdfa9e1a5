package dev.sslform.plugin.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options plan, apply and destroy share with Terraform: {@code -parallelism} and {@code -target}. */
final class OperationOptions {

    @Option(names = "-parallelism", paramLabel = "N", defaultValue = "10",
            description = "Limit the number of concurrent operations (reads while refreshing, changes while applying). Default 10."
                    + " Calls are also held to the provider's rate_limit per action (default 20 per second).")
    int parallelism;

    @Option(names = "-target", paramLabel = "ADDR",
            description = "Limit planning and applying to the given resource (all its instances when ADDR has no index) or module"
                    + " (module.NAME: everything in every instance; module.NAME[KEY]: one instance). May repeat.")
    List<String> targets = new ArrayList<>();

    @Option(names = "-refresh", arity = "0..1", fallbackValue = "true", defaultValue = "true", paramLabel = "true|false",
            description = "Read every object in state remotely before planning (default true). -refresh=false takes state as it is:"
                    + " faster, but changes made outside sslform go unseen.")
    boolean refresh = true;

    @Option(names = "-replace", paramLabel = "ADDR",
            description = "Plan to replace this resource instance although nothing forces it (plan and apply): for an SSL"
                    + " configuration a certificate renewal now, for a maintenance window sending it again. May repeat.")
    List<String> replace = new ArrayList<>();

    /** The -replace addresses of {@code cmd}; empty for a command without them. */
    static List<String> replace(EngineCommand cmd) {
        OperationOptions o = of(cmd);
        return o == null ? List.of() : o.replace;
    }

    /** The options of {@code cmd} (plan, apply, destroy), or null for a command without them. */
    static OperationOptions of(EngineCommand cmd) {
        for (var m : cmd.spec.mixins().values()) {
            if (m.userObject() instanceof OperationOptions o) {
                return o;
            }
        }
        return null;
    }

    /** Whether plans of {@code cmd} refresh: Terraform's -refresh. */
    static boolean refresh(EngineCommand cmd) {
        OperationOptions o = of(cmd);
        return o == null || o.refresh;
    }

    void validate() {
        if (parallelism < 1) {
            throw new IllegalArgumentException("-parallelism must be at least 1, not " + parallelism);
        }
    }
}
