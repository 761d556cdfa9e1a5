package dev.sslform.plugin.support;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the import rules written in the state, provider.api and support package-info files true. */
class PackageRulesTest {

    private static JavaClasses main;

    @BeforeAll
    static void load() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.sslform.plugin");
    }

    @Test
    void state_knows_no_cli_http_sdk_or_provider() {
        noClasses().that().resideInAPackage("dev.sslform.plugin.state..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "com.tencentcloudapi..", "okhttp3..",
                        "java.net.http..", "com.sun.net.httpserver..", "dev.sslform.plugin.cli..", "dev.sslform.plugin.config..",
                        "dev.sslform.plugin.plan..", "dev.sslform.plugin.provider..")
                .check(main);
    }

    @Test
    void the_api_client_knows_no_cli_state_or_plan() {
        noClasses().that().resideInAPackage("dev.sslform.plugin.provider.api..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "java.sql..", "org.postgresql..",
                        "dev.sslform.plugin.cli..", "dev.sslform.plugin.config..", "dev.sslform.plugin.plan..",
                        "dev.sslform.plugin.state..")
                .check(main);
    }

    @Test
    void only_the_api_client_uses_the_tencent_sdk() {
        noClasses().that().resideOutsideOfPackage("dev.sslform.plugin.provider.api..")
                .should().dependOnClassesThat().resideInAnyPackage("com.tencentcloudapi..", "okhttp3..")
                .check(main);
    }

    @Test
    void support_depends_on_the_jdk_only() {
        noClasses().that().resideInAPackage("dev.sslform.plugin.support..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.sslform.plugin.state..", "dev.sslform.plugin.provider..",
                        "dev.sslform.plugin.cli..", "dev.sslform.plugin.plan..", "dev.sslform.plugin.config..",
                        "com.fasterxml..", "picocli..", "com.tencentcloudapi..")
                .check(main);
    }

    @Test
    void plan_knows_no_picocli_http_config_or_cli() {
        noClasses().that().resideInAPackage("dev.sslform.plugin.plan..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "com.tencentcloudapi..", "okhttp3..",
                        "java.net.http..", "com.sun.net.httpserver..", "dev.sslform.plugin.cli..", "dev.sslform.plugin.config..")
                .check(main);
    }

    @Test
    // TencentCloudSchemas (from the config branch) lives here and uses config.value for defaults, so config is allowed.
    void provider_resources_know_no_plan_state_cli_or_terminal() {
        noClasses().that().resideInAPackage("dev.sslform.plugin.provider")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "dev.sslform.plugin.cli..",
                        "dev.sslform.plugin.plan..", "dev.sslform.plugin.state..")
                .check(main);
    }

    @Test
    void only_cli_uses_picocli() {
        noClasses().that().resideOutsideOfPackage("dev.sslform.plugin.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..")
                .check(main);
    }
}
