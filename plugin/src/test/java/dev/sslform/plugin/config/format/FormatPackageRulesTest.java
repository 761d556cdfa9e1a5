package dev.sslform.plugin.config.format;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps config.format's package-info true: the formatter sees tokens and syntax trees, nothing that evaluates or runs. */
class FormatPackageRulesTest {
    @Test
    void the_formatter_imports_only_syntax_and_diagnostics() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.sslform.plugin.config.format");
        classes().that().resideInAPackage("dev.sslform.plugin.config.format..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.sslform.plugin.config.format..",
                        "dev.sslform.plugin.config.syntax..", "dev.sslform.plugin.config.diag..", "java..")
                .check(classes);
    }
}
