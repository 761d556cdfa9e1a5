package dev.sslform.plugin.cli;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.plugin.config.Language;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * "The rule" of issue 13: every block type, meta-argument and language argument the loader
 * recognizes ({@link Language#constructs()}, the decoders' own list) either behaves as in
 * Terraform, proven by a named behaviour test, or is refused by validate and plan with a
 * diagnostic naming it. A construct added to the language without either fails this test.
 */
class LanguageRuleTest {

    /** Each supported construct's behaviour test, as "Class#method" in this module's tests. */
    static final Map<String, String> BEHAVIOUR = Map.ofEntries(
            entry("terraform", "cli.TerraformBlockTest#required_version_is_checked_against_the_terraform_language_version"),
            entry("terraform.required_version", "cli.TerraformBlockTest#required_version_is_checked_against_the_terraform_language_version"),
            entry("terraform.required_providers", "cli.TerraformBlockTest#required_providers_constraints_are_checked_against_the_provider_version_sslform_implements"),
            entry("terraform.backend", "cli.PgBackendTest#state_lives_in_postgres_and_conn_str_may_come_from_pg_conn_str"),
            entry("provider", "cli.AcceptanceTest#apply_then_empty_plan_then_import_matches_then_update_then_destroy"),
            entry("provider.alias", "cli.ProviderAliasesAcceptanceTest#each_configuration_reads_and_changes_its_instances_in_its_region_with_its_keys"),
            entry("resource.provider", "cli.ProviderAliasesAcceptanceTest#each_configuration_reads_and_changes_its_instances_in_its_region_with_its_keys"),
            entry("data.provider", "cli.ProviderAliasesAcceptanceTest#each_configuration_reads_and_changes_its_instances_in_its_region_with_its_keys"),
            entry("import.provider", "cli.ProviderAliasesAcceptanceTest#import_uses_the_configuration_of_the_address_resource_block"),
            entry("variable", "config.ConfigEvaluatorTest#variables_come_from_defaults_files_environment_and_flags_in_terraform_order"),
            entry("variable.type", "config.ConfigEvaluatorTest#variables_come_from_defaults_files_environment_and_flags_in_terraform_order"),
            entry("variable.default", "config.ConfigEvaluatorTest#variables_come_from_defaults_files_environment_and_flags_in_terraform_order"),
            entry("variable.description", "cli.LanguageConstructsTest#descriptions_are_documentation_only_and_must_be_strings"),
            entry("variable.nullable", "cli.ConditionsAcceptanceTest#nullable_false_turns_null_into_the_default"),
            entry("variable.sensitive", "cli.SensitiveValuesAcceptanceTest#a_sensitive_variable_is_hidden_in_plan_apply_show_and_destroy_while_state_keeps_the_value"),
            entry("variable.validation", "cli.ConditionsAcceptanceTest#a_failing_variable_validation_shows_its_message_in_plan_and_apply_before_planning"),
            entry("locals", "cli.LanguageConstructsTest#locals_count_and_for_each_expand_resources_and_data_sources"),
            entry("output", "cli.EngineCliTest#an_output_reading_a_resource_is_known_once_applied_so_the_next_plan_has_no_changes"),
            entry("output.value", "cli.EngineCliTest#an_output_reading_a_resource_is_known_once_applied_so_the_next_plan_has_no_changes"),
            entry("output.description", "cli.LanguageConstructsTest#descriptions_are_documentation_only_and_must_be_strings"),
            entry("output.sensitive", "cli.LanguageConstructsTest#a_sensitive_output_is_hidden_in_plan_apply_and_destroy"),
            entry("output.depends_on", "cli.LanguageConstructsTest#output_depends_on_must_name_declared_resources"),
            entry("output.precondition", "cli.ConditionsAcceptanceTest#an_output_precondition_fails_the_plan"),
            entry("resource", "cli.AcceptanceTest#apply_then_empty_plan_then_import_matches_then_update_then_destroy"),
            entry("resource.count", "cli.LanguageConstructsTest#locals_count_and_for_each_expand_resources_and_data_sources"),
            entry("resource.for_each", "cli.LifecycleAcceptanceTest#prevent_destroy_refuses_an_instance_dropped_from_for_each_but_not_a_removed_block_as_terraform"),
            entry("resource.depends_on", "cli.DependsOnOrderAcceptanceTest#a_change_waits_for_what_it_depends_on_and_destroy_runs_in_reverse"),
            entry("resource.lifecycle", "cli.LifecycleAcceptanceTest#prevent_destroy_refuses_destroy_naming_the_address_and_changes_nothing"),
            entry("resource.lifecycle.prevent_destroy", "cli.LifecycleAcceptanceTest#prevent_destroy_refuses_destroy_naming_the_address_and_changes_nothing"),
            entry("resource.lifecycle.ignore_changes", "cli.LifecycleAcceptanceTest#ignore_changes_on_encryption_ignores_a_configuration_change_and_drift"),
            entry("resource.lifecycle.precondition", "cli.ConditionsAcceptanceTest#a_failing_precondition_stops_plan_and_apply_with_its_error_message"),
            entry("resource.lifecycle.postcondition", "cli.ConditionsAcceptanceTest#a_postcondition_sees_self_after_planning"),
            entry("data", "config.ConfigEvaluatorTest#for_each_over_an_unread_data_source_stays_deferred_then_expands_when_known"),
            entry("data.count", "cli.LanguageConstructsTest#locals_count_and_for_each_expand_resources_and_data_sources"),
            entry("data.for_each", "cli.LanguageConstructsTest#locals_count_and_for_each_expand_resources_and_data_sources"),
            entry("data.depends_on", "cli.LanguageConstructsTest#locals_count_and_for_each_expand_resources_and_data_sources"),
            entry("data.lifecycle", "cli.ConditionsAcceptanceTest#data_source_conditions_run_before_and_after_the_read"),
            entry("data.lifecycle.precondition", "cli.ConditionsAcceptanceTest#data_source_conditions_run_before_and_after_the_read"),
            entry("data.lifecycle.postcondition", "cli.ConditionsAcceptanceTest#data_source_conditions_run_before_and_after_the_read"),
            entry("check", "cli.ConditionsAcceptanceTest#a_failing_check_is_a_warning_and_apply_goes_on"),
            entry("check.assert", "cli.ConditionsAcceptanceTest#a_failing_check_is_a_warning_and_apply_goes_on"),
            entry("moved", "cli.RefactoringAcceptanceTest#a_rename_with_a_moved_block_changes_only_state_and_calls_no_write_action"),
            entry("removed", "cli.RefactoringAcceptanceTest#removed_with_destroy_false_forgets_the_object_without_any_api_call"),
            entry("removed.lifecycle", "cli.RefactoringAcceptanceTest#removed_with_destroy_true_destroys_and_a_still_declared_resource_is_an_error"),
            entry("import", "cli.RefactoringAcceptanceTest#an_import_block_is_planned_as_an_import_and_applied_by_writing_state_without_a_change_call"),
            entry("import.for_each", "cli.ImportBlocksAcceptanceTest#import_for_each_over_a_map_imports_every_instance_without_a_change_call"),
            entry("module", "cli.ModulesAcceptanceTest#a_module_called_with_for_each_plans_applies_and_converges_with_module_addresses"),
            entry("module.source", "cli.ModulesAcceptanceTest#a_remote_module_source_is_refused_and_a_local_one_must_exist"),
            entry("module.for_each", "cli.ModulesAcceptanceTest#a_module_called_with_for_each_plans_applies_and_converges_with_module_addresses"),
            entry("module.count", "cli.ModulesAcceptanceTest#count_on_a_module_call_and_a_nested_module_give_keyed_module_paths"),
            entry("module.depends_on", "cli.DependsOnOrderAcceptanceTest#depends_on_on_a_module_call_makes_every_resource_in_it_wait"),
            entry("check.data", "cli.ConditionsAcceptanceTest#a_check_reads_its_scoped_data_source_and_only_its_assertions_see_it"));

    @Test
    void every_supported_construct_has_a_behaviour_test_and_every_refused_one_a_sample() throws Exception {
        Set<String> supported = Language.constructs().stream().filter(c -> c.status() == Language.Status.SUPPORTED)
                .map(Language.Construct::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(supported);
        missing.removeAll(BEHAVIOUR.keySet());
        assertTrue(missing.isEmpty(), "supported constructs without a behaviour test: " + missing
                + " (add one and map it in BEHAVIOUR, or refuse the construct in Language)");
        Set<String> stale = new TreeSet<>(BEHAVIOUR.keySet());
        stale.removeAll(supported);
        assertTrue(stale.isEmpty(), "BEHAVIOUR names constructs that are not supported (any more): " + stale);
        for (var e : BEHAVIOUR.entrySet()) {
            String[] parts = e.getValue().split("#");
            Class<?> c = Class.forName("dev.sslform.plugin." + parts[0]);
            Method m = Stream.of(c.getDeclaredMethods()).filter(x -> x.getName().equals(parts[1])).findFirst().orElse(null);
            assertNotNull(m, e.getKey() + ": no method " + e.getValue());
            assertTrue(m.isAnnotationPresent(Test.class), e.getKey() + ": " + e.getValue() + " is not a @Test");
        }
        for (Language.Construct c : Language.constructs()) {
            if (c.status() == Language.Status.REFUSED) {
                assertNotNull(c.sample(), c.id() + " is refused but has no sample to prove the refusal");
                assertTrue(c.note().contains("not supported") || c.note().contains("not available"), c.id() + ": " + c.note());
            }
        }
    }

    /** Writes a sample: main.tf, then each "# file: PATH" section (Language.FILE) as that file. */
    static void writeSample(Path dir, String sample) throws java.io.IOException {
        String[] parts = sample.split("(?m)^" + java.util.regex.Pattern.quote(Language.FILE));
        Files.writeString(dir.resolve("main.tf"), parts[0]);
        for (int i = 1; i < parts.length; i++) {
            int nl = parts[i].indexOf('\n');
            Path f = dir.resolve(parts[i].substring(0, nl).trim());
            Files.createDirectories(f.getParent());
            Files.writeString(f, parts[i].substring(nl + 1));
        }
    }

    /** Each refused construct, written as its sample, fails validate and plan with a diagnostic naming it. */
    @TestFactory
    Stream<DynamicTest> every_refused_construct_is_refused_by_validate_and_plan_naming_it() {
        return Language.constructs().stream().filter(c -> c.status() == Language.Status.REFUSED)
                .map(c -> DynamicTest.dynamicTest(c.id(), () -> {
                    Path dir = Files.createTempDirectory("refused");
                    writeSample(dir, c.sample());
                    for (String cmd : new String[] {"validate", "plan", "apply"}) {
                        CliRunner.Result r = CliRunner.run(Map.of("TENCENTCLOUD_SECRET_ID", "x", "TENCENTCLOUD_SECRET_KEY", "y"),
                                "-chdir=" + dir, cmd);
                        assertEquals(1, r.exitCode(), cmd + ": " + r.output());
                        assertTrue(r.output().contains("Error: " + Language.summary(c)), cmd + " names " + c.id() + ": " + r.output());
                        assertTrue(r.output().contains(c.note().substring(0, 30)), cmd + " says why: " + r.output());
                        assertTrue(r.output().contains("\"" + c.name() + "\""), r.output());
                        assertFalse(r.output().contains("Refreshing"), r.output());
                    }
                }));
    }
}
