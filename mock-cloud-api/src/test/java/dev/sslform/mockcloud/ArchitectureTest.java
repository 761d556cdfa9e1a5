package dev.sslform.mockcloud;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the layering of conventions.md true: core is JDK only; adapters import core, not each other;
 * the console is Javalin over core, and nothing but the wiring imports it.
 */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.sslform.mockcloud");
    }

    @Test
    void core_uses_the_jdk_only() {
        noClasses().that().resideInAPackage("..mockcloud.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.jdbi..", "java.sql..", "org.h2..",
                        "org.postgresql..", "org.bouncycastle..", "com.fasterxml..", "picocli..",
                        "..mockcloud.http..", "..mockcloud.store..", "..mockcloud.cert..")
                .check(classes);
    }

    @Test
    void http_does_not_import_store_or_cert() {
        noClasses().that().resideInAPackage("..mockcloud.http..")
                .should().dependOnClassesThat().resideInAnyPackage("..mockcloud.store..", "..mockcloud.cert..", "org.jdbi..",
                        "org.bouncycastle..")
                .check(classes);
    }

    @Test
    void console_uses_core_and_javalin_only() {
        noClasses().that().resideInAPackage("..mockcloud.console..")
                .should().dependOnClassesThat().resideInAnyPackage("..mockcloud.http..", "..mockcloud.store..", "..mockcloud.cert..",
                        "..mockcloud.dataplane..", "org.jdbi..", "java.sql..", "org.bouncycastle..", "com.fasterxml..", "picocli..")
                .check(classes);
    }

    @Test
    void no_adapter_imports_the_console() {
        noClasses().that().resideInAnyPackage("..mockcloud.http..", "..mockcloud.store..", "..mockcloud.cert..", "..mockcloud.core..",
                        "..mockcloud.dataplane..")
                .should().dependOnClassesThat().resideInAPackage("..mockcloud.console..")
                .check(classes);
    }

    @Test
    void store_does_not_import_http_or_cert() {
        noClasses().that().resideInAPackage("..mockcloud.store..")
                .should().dependOnClassesThat().resideInAnyPackage("..mockcloud.http..", "..mockcloud.cert..", "io.javalin..",
                        "org.bouncycastle..")
                .check(classes);
    }

    @Test
    void cert_does_not_import_http_or_store() {
        noClasses().that().resideInAPackage("..mockcloud.cert..")
                .should().dependOnClassesThat().resideInAnyPackage("..mockcloud.http..", "..mockcloud.store..", "io.javalin..",
                        "org.jdbi..")
                .check(classes);
    }
}
