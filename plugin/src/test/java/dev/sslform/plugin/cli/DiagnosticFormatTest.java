package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sslform.plugin.cli.DiagnosticFormat.Palette;
import dev.sslform.plugin.config.diag.ExpressionValue;
import dev.sslform.plugin.config.diag.Pos;
import dev.sslform.plugin.config.diag.SourceRange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Golden tests of the diagnostic renderer: the cases of Terraform's own
 * {@code command/format/diagnostic_test.go} (same sources, ranges, widths and expected text), as
 * our test data. Colour cases use the markup palette, which writes {@code [red]} where the
 * terminal gets an escape, as Terraform's tests compare them.
 */
class DiagnosticFormatTest {
    private static final Map<String, String> SOURCES = Map.of("test.tf", "test source code");
    private static final SourceRange SUBJECT = new SourceRange("test.tf", new Pos(1, 6, 5), new Pos(1, 12, 11));
    private static final String LONG = "It has no source references but it does have a pretty long detail that should wrap over multiple lines.";

    private static ViewDiagnostic bad(List<ExpressionValue> values) {
        return ViewDiagnostic.of(true, "Bad bad bad", "Whatever shall we do?", null, SUBJECT, null, values, SOURCES);
    }

    private static String colour(ViewDiagnostic d, int width) {
        return DiagnosticFormat.colour(d, Palette.MARKUP, width).strip();
    }

    private static String plain(ViewDiagnostic d, int width) {
        return DiagnosticFormat.plain(d, width).strip();
    }

    @Test
    void sourceless_error_in_colour_is_framed_and_wrapped_inside_the_frame() {
        assertEquals("""
                [red]╷[reset]
                [red]│[reset] [bold][red]Error: [reset][bold]A sourceless error[reset]
                [red]│[reset]
                [red]│[reset] It has no source references but it
                [red]│[reset] does have a pretty long detail that
                [red]│[reset] should wrap over multiple lines.
                [red]╵[reset]""", colour(ViewDiagnostic.sourceless(true, "A sourceless error", LONG), 40));
    }

    @Test
    void sourceless_warning_in_colour_is_framed_in_yellow() {
        assertEquals("""
                [yellow]╷[reset]
                [yellow]│[reset] [bold][yellow]Warning: [reset][bold]A sourceless warning[reset]
                [yellow]│[reset]
                [yellow]│[reset] It has no source references but it
                [yellow]│[reset] does have a pretty long detail that
                [yellow]│[reset] should wrap over multiple lines.
                [yellow]╵[reset]""", colour(ViewDiagnostic.sourceless(false, "A sourceless warning", LONG), 40));
    }

    @Test
    void error_with_a_subject_in_colour_underlines_the_range() {
        assertEquals("""
                [red]╷[reset]
                [red]│[reset] [bold][red]Error: [reset][bold]Bad bad bad[reset]
                [red]│[reset]
                [red]│[reset]   on test.tf line 1:
                [red]│[reset]    1: test [underline]source[reset] code
                [red]│[reset]
                [red]│[reset] Whatever shall we do?
                [red]╵[reset]""", colour(bad(List.of()), 40));
    }

    @Test
    void expression_values_follow_the_snippet_in_colour() {
        assertEquals("""
                [red]╷[reset]
                [red]│[reset] [bold][red]Error: [reset][bold]Bad bad bad[reset]
                [red]│[reset]
                [red]│[reset]   on test.tf line 1:
                [red]│[reset]    1: test [underline]source[reset] code
                [red]│[reset]     [dark_gray]├────────────────[reset]
                [red]│[reset]     [dark_gray]│[reset] [bold]boop.beep[reset] is "blah"
                [red]│[reset]
                [red]│[reset] Whatever shall we do?
                [red]╵[reset]""", colour(bad(List.of(new ExpressionValue("boop.beep", "is \"blah\""))), 40));
    }

    @Test
    void a_sensitive_value_is_named_not_shown_in_colour() {
        assertEquals("""
                [red]╷[reset]
                [red]│[reset] [bold][red]Error: [reset][bold]Bad bad bad[reset]
                [red]│[reset]
                [red]│[reset]   on test.tf line 1:
                [red]│[reset]    1: test [underline]source[reset] code
                [red]│[reset]     [dark_gray]├────────────────[reset]
                [red]│[reset]     [dark_gray]│[reset] [bold]boop.beep[reset] has a sensitive value
                [red]│[reset]
                [red]│[reset] Whatever shall we do?
                [red]╵[reset]""", colour(bad(List.of(new ExpressionValue("boop.beep", "has a sensitive value"))), 40));
    }

    @Test
    void sourceless_error_in_plain_text_has_no_frame_and_wraps_at_width_less_one() {
        assertEquals("""
                Error: A sourceless error

                It has no source references but it does
                have a pretty long detail that should
                wrap over multiple lines.""", plain(ViewDiagnostic.sourceless(true, "A sourceless error", LONG), 40));
        assertEquals("""
                Warning: A sourceless warning

                It has no source references but it does
                have a pretty long detail that should
                wrap over multiple lines.""", plain(ViewDiagnostic.sourceless(false, "A sourceless warning", LONG), 40));
    }

    @Test
    void error_with_a_subject_in_plain_text_shows_the_line_without_marks() {
        assertEquals("""
                Error: Bad bad bad

                  on test.tf line 1:
                   1: test source code

                Whatever shall we do?""", plain(bad(List.of()), 40));
    }

    @Test
    void expression_values_in_plain_text() {
        assertEquals("""
                Error: Bad bad bad

                  on test.tf line 1:
                   1: test source code
                    ├────────────────
                    │ boop.beep is "blah"

                Whatever shall we do?""", plain(bad(List.of(new ExpressionValue("boop.beep", "is \"blah\""))), 40));
        assertEquals("""
                Error: Bad bad bad

                  on test.tf line 1:
                   1: test source code
                    ├────────────────
                    │ boop.beep is a string, known only after apply

                Whatever shall we do?""", plain(bad(List.of(new ExpressionValue("boop.beep", "is a string, known only after apply"))), 40));
    }

    @Test
    void values_are_listed_in_traversal_order() {
        assertEquals("""
                Error: Bad bad bad

                  on test.tf line 1:
                   1: test source code
                    ├────────────────
                    │ var.a is 1
                    │ var.b is 2

                Whatever shall we do?""", plain(bad(List.of(new ExpressionValue("var.b", "is 2"), new ExpressionValue("var.a", "is 1"))), 40));
    }

    @Test
    void a_context_range_shows_every_line_of_it() {
        Map<String, String> sources = Map.of("source.tf", "x = somefunc(\"testing\", {\n  alpha = \"foo\"\n  beta  = \"bar\"\n})\n");
        ViewDiagnostic d = ViewDiagnostic.of(true, "Some error", "...", null,
                new SourceRange("source.tf", new Pos(1, 5, 5), new Pos(1, 5, 5)),
                new SourceRange("source.tf", new Pos(1, 5, 5), new Pos(4, 2, 60)), List.of(), sources);
        assertEquals("""
                ╷
                │ Error: Some error
                │
                │   on source.tf line 1:
                │    1: x = somefunc("testing", {
                │    2:   alpha = "foo"
                │    3:   beta  = "bar"
                │    4: })
                │
                │ ...
                ╵
                """, DiagnosticFormat.colour(d, Palette.NONE, 80));
    }

    @Test
    void a_range_ending_at_the_start_of_a_line_takes_that_line_and_names_the_block() {
        Map<String, String> sources = Map.of("source.tf", "variable \"x\" {\n  default = {\n    \"foo\"\n  }\n");
        ViewDiagnostic d = ViewDiagnostic.of(true, "Some error", "...", null,
                new SourceRange("source.tf", new Pos(3, 10, 38), new Pos(4, 1, 39)),
                new SourceRange("source.tf", new Pos(2, 13, 27), new Pos(4, 1, 39)), List.of(), sources);
        assertEquals("""
                ╷
                │ Error: Some error
                │
                │   on source.tf line 3, in variable "x":
                │    2:   default = {
                │    3:     "foo"
                │    4:   }
                │
                │ ...
                ╵
                """, DiagnosticFormat.colour(d, Palette.NONE, 80));
        assertEquals("""

                Error: Some error

                  on source.tf line 3, in variable "x":
                   2:   default = {
                   3:     "foo"
                   4:   }

                ...
                """, DiagnosticFormat.plain(d, 80));
    }

    private static final String EVERYTHING = "This is a very long sentence about whatever went wrong which is supposed to wrap onto multiple lines."
            + " Thank-you very much for listening.\n\nTo fix this, run this very long command:\n  terraform read-my-mind -please -thanks"
            + " -but-do-not-wrap-this-line-because-it-is-prefixed-with-spaces\n\nHere is a coda which is also long enough to wrap and so it"
            + " should eventually make it onto multiple lines. THE END";

    @Test
    void detail_lines_that_start_with_a_space_are_not_wrapped_in_colour() {
        assertEquals("""
                ╷
                │ Error: Everything went wrong
                │
                │ This is a very long sentence about whatever went wrong which is supposed
                │ to wrap onto multiple lines. Thank-you very much for listening.
                │
                │ To fix this, run this very long command:
                │   terraform read-my-mind -please -thanks -but-do-not-wrap-this-line-because-it-is-prefixed-with-spaces
                │
                │ Here is a coda which is also long enough to wrap and so it should
                │ eventually make it onto multiple lines. THE END
                ╵
                """, DiagnosticFormat.colour(ViewDiagnostic.sourceless(true, "Everything went wrong", EVERYTHING), Palette.NONE, 76));
    }

    @Test
    void detail_lines_that_start_with_a_space_are_not_wrapped_in_plain_text() {
        assertEquals("""

                Error: Everything went wrong

                This is a very long sentence about whatever went wrong which is supposed to
                wrap onto multiple lines. Thank-you very much for listening.

                To fix this, run this very long command:
                  terraform read-my-mind -please -thanks -but-do-not-wrap-this-line-because-it-is-prefixed-with-spaces

                Here is a coda which is also long enough to wrap and so it should
                eventually make it onto multiple lines. THE END
                """, DiagnosticFormat.plain(ViewDiagnostic.sourceless(true, "Everything went wrong", EVERYTHING), 76));
    }

    @Test
    void compact_warnings_group_by_summary_those_with_a_place() {
        Map<String, String> none = Map.of();
        List<ViewDiagnostic> warnings = List.of(
                ViewDiagnostic.sourceless(false, "foo", ""),
                ViewDiagnostic.sourceless(false, "foo", ""),
                ViewDiagnostic.sourceless(false, "bar", ""),
                ViewDiagnostic.of(false, "source foo", "...", null, new SourceRange("source.tf", new Pos(2, 1, 5), new Pos(2, 1, 5)), null, List.of(), none),
                ViewDiagnostic.of(false, "source foo", "...", null, new SourceRange("source.tf", new Pos(3, 1, 7), new Pos(3, 1, 7)), null, List.of(), none),
                ViewDiagnostic.of(false, "source bar", "...", null, new SourceRange("source2.tf", new Pos(1, 1, 1), new Pos(1, 1, 1)), null, List.of(), none));
        assertEquals("""
                [bold][yellow]Warnings:[reset]

                - foo
                - foo
                - bar
                - source foo
                  on source.tf line 2 (and 1 more)
                - source bar
                  on source2.tf line 1
                """, DiagnosticFormat.compactWarnings(warnings, Palette.MARKUP));
    }

    @Test
    void the_address_of_a_resource_instance_comes_before_its_place() {
        Map<String, String> sources = Map.of("main.tf", "resource \"tencentcloud_sqlserver_ssl_config\" \"a\" {\n  instance_id = \"mssql-1\"\n}\n");
        ViewDiagnostic d = ViewDiagnostic.of(true, "Request failed", "The instance is busy.", "tencentcloud_sqlserver_ssl_config.a",
                new SourceRange("main.tf", new Pos(1, 50, 49), new Pos(1, 50, 49)), null, List.of(), sources);
        assertEquals("""
                Error: Request failed

                  with tencentcloud_sqlserver_ssl_config.a,
                  on main.tf line 1, in resource "tencentcloud_sqlserver_ssl_config" "a":
                   1: resource "tencentcloud_sqlserver_ssl_config" "a" {

                The instance is busy.""", plain(d, 78));
    }

    @Test
    void source_that_is_not_at_hand_is_said_to_be_unavailable() {
        ViewDiagnostic d = ViewDiagnostic.of(true, "Bad bad bad", "Whatever.", null,
                new SourceRange("gone.tf", new Pos(3, 1, 20), new Pos(3, 4, 23)), null, List.of(), Map.of());
        assertEquals("""
                Error: Bad bad bad

                  on gone.tf line 3:
                  (source code not available)

                Whatever.""", plain(d, 78));
    }

    @Test
    void a_width_of_zero_or_one_does_not_wrap() {
        assertEquals("\nError: A\n\n" + LONG + "\n", DiagnosticFormat.plain(ViewDiagnostic.sourceless(true, "A", LONG), 1));
    }

    @Test
    void in_json_the_context_is_the_path_of_keys_as_hcl_gives_it() {
        String json = "{\n  \"resource\": {\n    \"t\": {\n      \"a\": {\n        \"encryption\": \"on\"\n      }\n    }\n  }\n}\n";
        int at = json.indexOf("\"on\"");
        assertEquals("resource.t.a", SourceContext.of("main.tf.json", json, at));
        assertEquals(null, SourceContext.of("main.tf.json", json, 0), "the root object itself has no path");
    }

    @Test
    void in_native_syntax_the_context_is_the_top_level_block_header() {
        String hcl = "variable \"x\" {\n  default = 1\n}\n\nresource \"t\" \"a\" {\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n";
        assertEquals("variable \"x\"", SourceContext.of("main.tf", hcl, hcl.indexOf("default")));
        assertEquals("resource \"t\" \"a\"", SourceContext.of("main.tf", hcl, hcl.indexOf("prevent_destroy")), "nested blocks name the top-level one");
        assertEquals(null, SourceContext.of("main.tf", hcl, hcl.indexOf("\n\n") + 1), "between blocks");
    }
}
