package dev.sslform.plugin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the package rules of docs and package-info true for the configuration half. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.sslform.plugin");

    @Test
    void config_knows_no_provider_no_picocli_no_http_and_no_cli() {
        noClasses().that().resideInAPackage("dev.sslform.plugin.config..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "java.net.http..", "java.net..",
                        "dev.sslform.plugin.cli..", "dev.sslform.plugin.plan..", "dev.sslform.plugin.state..",
                        "dev.sslform.plugin.provider..")
                .check(CLASSES);
    }

    @Test
    void schemas_are_pure_data() {
        noClasses().that().resideInAPackage("dev.sslform.plugin.config.schema..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "java.net..", "com.fasterxml..",
                        "dev.sslform.plugin.cli..", "dev.sslform.plugin.provider..", "dev.sslform.plugin.config.syntax..",
                        "dev.sslform.plugin.config.eval..")
                .check(CLASSES);
    }

    @Test
    void syntax_and_values_do_not_reach_up_into_loading_or_evaluation() {
        noClasses().that().resideInAnyPackage("dev.sslform.plugin.config.syntax..", "dev.sslform.plugin.config.value..",
                        "dev.sslform.plugin.config.diag..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.sslform.plugin.config.eval..", "dev.sslform.plugin.config.json..",
                        "dev.sslform.plugin.provider..")
                .check(CLASSES);
    }

    @Test
    void every_config_and_cli_package_has_a_package_info() throws IOException {
        Path root = Path.of("src/main/java/dev/sslform/plugin");
        List<Path> missing;
        try (Stream<Path> dirs = Files.walk(root)) {
            missing = dirs.filter(Files::isDirectory)
                    .filter(d -> d.startsWith(root.resolve("config")) || d.startsWith(root.resolve("cli")) || d.startsWith(root.resolve("config/schema")))
                    .filter(d -> !Files.exists(d.resolve("package-info.java"))).toList();
        }
        assertEquals(List.of(), missing);
    }
}
