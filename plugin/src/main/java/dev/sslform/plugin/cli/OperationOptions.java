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
            description = "Limit planning and applying to the given resource (all its instances when ADDR has no index). May repeat.")
    List<String> targets = new ArrayList<>();

    void validate() {
        if (parallelism < 1) {
            throw new IllegalArgumentException("-parallelism must be at least 1, not " + parallelism);
        }
    }
}
