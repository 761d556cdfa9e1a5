package dev.sslform.mockcloud.cert;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class CertPackageRulesTest {
    final JavaClasses cert = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.sslform.mockcloud.cert");

    @Test
    void cert_imports_neither_http_nor_store_nor_their_libraries() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "dev.sslform.mockcloud.http..", "dev.sslform.mockcloud.store..",
                        "io.javalin..", "org.jdbi..", "java.sql..")
                .check(cert);
    }

    @Test
    void cert_never_reads_the_system_clock() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(cert);
    }
}
