package dev.sslform.mockcloud.dataplane;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The data plane's layering (package-info): JDK networking and JSSE, core and cert; never http or store. */
class DataPlanePackageTest {
    @Test
    void dataplane_imports_only_core_and_cert_and_nothing_imports_it_but_the_wiring() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.sslform.mockcloud");
        noClasses().that().resideInAPackage("..mockcloud.dataplane..")
                .should().dependOnClassesThat().resideInAnyPackage("..mockcloud.http..", "..mockcloud.store..", "io.javalin..",
                        "org.jdbi..", "java.sql..", "org.bouncycastle..", "com.fasterxml..")
                .check(classes);
        noClasses().that().resideInAnyPackage("..mockcloud.core..", "..mockcloud.http..", "..mockcloud.store..", "..mockcloud.cert..")
                .should().dependOnClassesThat().resideInAPackage("..mockcloud.dataplane..")
                .check(classes);
    }
}
