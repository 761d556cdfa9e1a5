package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sslform.plugin.support.Sleeper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box tests of {@code sslform fmt} through the real entry point: every flag, exit code and file kind. */
class FmtCommandTest {
    static final String UGLY = "resource \"a\" \"b\" {\ninstance_id=\"x\"\n  encryption = \"${var.e}\"\n}\n";
    static final String PRETTY = "resource \"a\" \"b\" {\n  instance_id = \"x\"\n  encryption  = var.e\n}\n";

    @TempDir
    Path dir;

    EngineCliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new EngineCliRunner(Map.of(), Clock.systemUTC(), Sleeper.SYSTEM);
    }

    EngineCliRunner.Result fmt(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "-chdir=" + dir;
        all[1] = "fmt";
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }

    void write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    String read(String name) throws Exception {
        return Files.readString(dir.resolve(name));
    }

    @Test
    void fmt_rewrites_the_directorys_hcl_files_and_lists_them() throws Exception {
        write("main.tf", UGLY);
        write("extra.hcl", "a=1\n");
        write("terraform.tfvars", "region=\"x\"\nid = 1\n");
        write("ok.tf", "a = 1\n");
        var r = fmt();
        assertEquals(0, r.code(), r.all());
        assertEquals("extra.hcl\nmain.tf\nterraform.tfvars\n", r.out());
        assertEquals(PRETTY, read("main.tf"));
        assertEquals("a = 1\n", read("extra.hcl"));
        assertEquals("region = \"x\"\nid     = 1\n", read("terraform.tfvars"));
    }

    @Test
    void json_yaml_hidden_files_and_subdirectories_are_left_alone() throws Exception {
        String json = "{\"locals\":{\"a\":1}}";
        String yaml = "locals:\n    a:   1\n";
        write("main.tf.json", json);
        write("main.yaml", yaml);
        write(".hidden.tf", "a=1\n");
        write("sub/inner.tf", "a=1\n");
        var r = fmt();
        assertEquals(0, r.code(), r.all());
        assertEquals("", r.out());
        assertEquals(json, read("main.tf.json"));
        assertEquals(yaml, read("main.yaml"));
        assertEquals("a=1\n", read(".hidden.tf"));
        assertEquals("a=1\n", read("sub/inner.tf"));
    }

    @Test
    void recursive_descends_into_subdirectories() throws Exception {
        write("main.tf", "a = 1\n");
        write("sub/inner.tf", "a=1\n");
        write("sub/deeper/x.tf", "b=2\n");
        var r = fmt("-recursive");
        assertEquals(0, r.code(), r.all());
        assertEquals("sub/deeper/x.tf\nsub/inner.tf\n", r.out());
        assertEquals("a = 1\n", read("sub/inner.tf"));
        assertEquals("b = 2\n", read("sub/deeper/x.tf"));
    }

    @Test
    void check_exits_3_listing_the_files_and_writes_nothing() throws Exception {
        write("main.tf", UGLY);
        write("ok.tf", "a = 1\n");
        var r = fmt("-check");
        assertEquals(3, r.code(), r.all());
        assertEquals("main.tf\n", r.out());
        assertEquals(UGLY, read("main.tf"));
    }

    @Test
    void check_exits_0_with_no_output_when_everything_is_formatted() throws Exception {
        write("main.tf", PRETTY);
        var r = fmt("-check", "-recursive");
        assertEquals(0, r.code(), r.all());
        assertEquals("", r.all());
    }

    @Test
    void check_with_list_false_only_sets_the_exit_code() throws Exception {
        write("main.tf", UGLY);
        var r = fmt("-check", "-list=false");
        assertEquals(3, r.code(), r.all());
        assertEquals("", r.all());
    }

    @Test
    void write_false_lists_without_writing() throws Exception {
        write("main.tf", UGLY);
        var r = fmt("-write=false");
        assertEquals(0, r.code(), r.all());
        assertEquals("main.tf\n", r.out());
        assertEquals(UGLY, read("main.tf"));
    }

    @Test
    void list_false_writes_silently() throws Exception {
        write("main.tf", UGLY);
        var r = fmt("-list=false");
        assertEquals(0, r.code(), r.all());
        assertEquals("", r.all());
        assertEquals(PRETTY, read("main.tf"));
    }

    @Test
    void diff_shows_a_unified_diff_of_each_changed_file() throws Exception {
        write("main.tf", UGLY);
        var r = fmt("-diff", "-write=false", "-list=false");
        assertEquals(0, r.code(), r.all());
        assertEquals("""
                --- old/main.tf
                +++ new/main.tf
                @@ -1,4 +1,4 @@
                 resource "a" "b" {
                -instance_id="x"
                -  encryption = "${var.e}"
                +  instance_id = "x"
                +  encryption  = var.e
                 }
                """, r.out());
        assertEquals(UGLY, read("main.tf"));
    }

    @Test
    void check_with_diff_prints_the_list_and_the_diff_and_exits_3() throws Exception {
        write("main.tf", "a=1\n");
        var r = fmt("-check", "-diff");
        assertEquals(3, r.code(), r.all());
        assertEquals("main.tf\n--- old/main.tf\n+++ new/main.tf\n@@ -1 +1 @@\n-a=1\n+a = 1\n", r.out());
    }

    @Test
    void a_dash_formats_stdin_to_stdout() {
        cli.stdin = UGLY;
        var r = fmt("-");
        assertEquals(0, r.code(), r.all());
        assertEquals(PRETTY, r.out());
    }

    @Test
    void stdin_with_diff_prints_only_the_diff() {
        cli.stdin = "a=1\n";
        var r = fmt("-diff", "-");
        assertEquals(0, r.code(), r.all());
        assertEquals("--- old/<stdin>\n+++ new/<stdin>\n@@ -1 +1 @@\n-a=1\n+a = 1\n", r.out());
    }

    @Test
    void a_syntax_error_on_stdin_is_shown_with_its_place() {
        cli.stdin = "a = [\n";
        var r = fmt("-");
        assertEquals(2, r.code(), r.all());
        assertEquals("", r.out());
        assertTrue(r.err().contains("  on <stdin> line 2:\n"), r.err());
    }

    @Test
    void stdin_with_check_exits_3_silently_as_listing_is_off_for_stdin() {
        cli.stdin = "a=1\n";
        var r = fmt("-check", "-");
        assertEquals(3, r.code(), r.all());
        assertEquals("", r.all());
        cli.stdin = "a = 1\n";
        assertEquals(0, fmt("-check", "-").code());
    }

    @Test
    void a_named_file_is_formatted_alone() throws Exception {
        write("main.tf", UGLY);
        write("other.tf", "a=1\n");
        var r = fmt("main.tf");
        assertEquals(0, r.code(), r.all());
        assertEquals("main.tf\n", r.out());
        assertEquals("a=1\n", read("other.tf"));
    }

    @Test
    void a_syntax_error_exits_2_with_the_place_and_changes_nothing() throws Exception {
        write("main.tf", "locals {\n  a = \n}\n");
        write("z.tf", "b=1\n");
        var r = fmt();
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().contains("Error: Invalid expression"), r.err());
        assertTrue(r.err().contains("  on main.tf line 2"), r.err());
        assertEquals("locals {\n  a = \n}\n", read("main.tf"));
    }

    @Test
    void a_json_or_yaml_file_named_explicitly_is_refused() throws Exception {
        write("main.tf.json", "{}");
        var r = fmt("main.tf.json");
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().contains("Only .tf, .hcl and .tfvars files can be processed with sslform fmt"), r.err());
        assertEquals("{}", read("main.tf.json"));
    }

    @Test
    void paths_are_listed_relative_to_the_working_directory() throws Exception {
        write("sub/a.tf", "a=1\n");
        var r = fmt("-write=false", dir.resolve("sub").toString(), "./sub/a.tf", "sub/../sub");
        assertEquals(0, r.code(), r.all());
        assertEquals("sub/a.tf\nsub/a.tf\nsub/a.tf\n", r.out());
    }

    @Test
    void a_missing_target_exits_2() {
        var r = fmt("nowhere");
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().contains("Error: No file or directory at nowhere"), r.err());
    }

    @Test
    void an_unknown_flag_exits_1() {
        var r = fmt("-bogus");
        assertEquals(1, r.code(), r.all());
    }

    @Test
    void help_names_every_flag() {
        var r = fmt("-help");
        assertEquals(0, r.code(), r.all());
        for (String flag : new String[] {"-check", "-diff", "-recursive", "-write", "-list", "-no-color"}) {
            assertTrue(r.out().contains(flag), flag);
        }
    }
}
