package dev.sslform.plugin.config.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * The clean-ups {@code terraform fmt} makes on top of hclwrite's layout. They are not in the
 * hcl-tools goldens (its format() is the layout alone), so each expected output here is
 * hand-checked against Terraform's {@code internal/command/fmt.go} ({@code formatValueExpr},
 * {@code formatTypeExpr}, {@code SetLabels}) and the expected files of its own fmt tests
 * ({@code internal/command/testdata/fmt/*_out.tf}).
 */
class TerraformCleanupsTest {

    static String fmt(String src) {
        HclFormatter.Result r = HclFormatter.format("main.tf", src);
        assertFalse(r.diagnostics().hasErrors(), () -> r.diagnostics().asList().toString());
        return r.text();
    }

    @Test
    void an_interpolation_only_string_becomes_the_bare_expression() {
        assertEquals("""
                resource "a" "b" {
                  instance_id = var.id
                  encryption  = local.modes["x"]
                }
                """, fmt("""
                resource "a" "b" {
                  instance_id = "${var.id}"
                  encryption = "${local.modes["x"]}"
                }
                """));
    }

    @Test
    void strings_with_text_or_more_than_one_interpolation_stay_templates() {
        String src = """
                locals {
                  a = "${var.x}-2"
                  b = "${var.x}${var.y}"
                  c = "x${var.y}"
                  d = "%{if true}y%{endif}"
                }
                """;
        assertEquals(src, fmt(src));
    }

    @Test
    void a_nested_quoted_template_inside_the_interpolation_still_unwraps() {
        assertEquals("""
                locals {
                  a = upper("${var.x}-y")
                }
                """, fmt("""
                locals {
                  a = "${upper("${var.x}-y")}"
                }
                """));
    }

    @Test
    void a_multi_line_interpolation_is_wrapped_in_parentheses() {
        assertEquals("""
                locals {
                  name = (var.a ? "x" :
                  "y")
                  wrapped = (var.a == null ? 1 :
                  2)
                }
                """, fmt("""
                locals {
                  name = "${var.a ? "x" :
                  "y"}"
                  wrapped = "${(var.a == null ? 1 :
                  2)}"
                }
                """));
    }

    @Test
    void leading_and_trailing_newlines_inside_the_interpolation_are_trimmed() {
        assertEquals("""
                locals {
                  a = var.x
                }
                """, fmt("""
                locals {
                  a = "${
                var.x
                }"
                }
                """));
    }

    @Test
    void values_inside_object_constructors_are_left_alone() {
        String src = """
                locals {
                  tags = {
                    name = "${var.name}"
                  }
                }
                """;
        assertEquals(src, fmt(src));
    }

    @Test
    void attributes_of_nested_blocks_are_cleaned_too() {
        assertEquals("""
                resource "a" "b" {
                  timeouts {
                    create = var.t
                  }
                }
                """, fmt("""
                resource "a" "b" {
                  timeouts {
                    create = "${var.t}"
                  }
                }
                """));
    }

    @Test
    void legacy_quoted_and_bare_collection_type_constraints_are_rewritten() {
        assertEquals("""
                variable "a" {
                  type = string
                }
                variable "b" {
                  type = list(string)
                }
                variable "c" {
                  type = map(string)
                }
                variable "d" {
                  type = list(any)
                }
                variable "e" {
                  type = map(any)
                }
                variable "f" {
                  type = set(any)
                }
                variable "g" {
                  type = list(number)
                }
                """, fmt("""
                variable "a" {
                  type = "string"
                }
                variable "b" {
                  type = "list"
                }
                variable "c" {
                  type = "map"
                }
                variable "d" {
                  type = list
                }
                variable "e" {
                  type = map
                }
                variable "f" {
                  type = set
                }
                variable "g" {
                  type = list(number)
                }
                """));
    }

    @Test
    void type_attributes_outside_a_top_level_variable_block_are_values() {
        String src = """
                resource "a" "b" {
                  type = "string"
                  inner {
                    type = list
                  }
                }
                """;
        assertEquals(src, fmt(src));
    }

    @Test
    void block_labels_are_quoted_and_comments_between_them_dropped() {
        assertEquals("""
                variable "instance_type" {
                }
                resource "foo_instance" "foo" {
                  beep "boop" {}
                }
                resource "foo_instance" "baz" {
                }
                provider "" {
                }
                """, fmt("""
                variable instance_type {
                }
                resource foo_instance foo {
                  beep boop {}
                }
                resource "foo_instance" /* ... */ "baz" {
                }
                  provider "" {
                }
                """));
    }

    @Test
    void a_label_is_rewritten_with_hclwrite_escapes() {
        assertEquals("resource \"a\\tb\" \"$${x}\" {\n}\n", fmt("resource \"a\\u0009b\" \"$${x}\" {\n}\n"));
    }

    @Test
    void a_file_with_syntax_errors_is_not_formatted() {
        HclFormatter.Result r = HclFormatter.format("bad.tf", "locals {\n  a = \n");
        assertNull(r.text());
        assertFalse(r.diagnostics().isEmpty());
    }

    @Test
    void the_layout_applies_after_the_clean_ups() {
        assertEquals("""
                resource "a" "b" {
                  x      = var.long
                  longer = 1
                }
                """, fmt("""
                resource a b {
                  x = "${var.long}"
                  longer = 1
                }
                """));
    }
}
