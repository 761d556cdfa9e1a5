package dev.sslform.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Plan and apply in Terraform's colours on a terminal; plain with -no-color, through a pipe, and for JSON. */
class ColourTest extends PipelineCliBase {

    static final String ESC = "\u001b[";

    EngineCliRunner terminal() {
        EngineCliRunner cli = cli();
        cli.interactive = true;
        return cli;
    }

    @Test
    void plan_on_a_terminal_is_in_colour() {
        EngineCliRunner.Result r = run(terminal(), "plan");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("  " + Colour.GREEN + "+" + Colour.RESET + " create\n"), r.out());
        assertTrue(r.out().contains(Colour.BOLD + "  # " + ADDR + Colour.RESET + " will be created"), r.out());
        assertTrue(r.out().contains("  " + Colour.GREEN + "+" + Colour.RESET + " resource \"tencentcloud_sqlserver_db_instance_ssl_config\""),
                r.out());
        assertTrue(r.out().contains(Colour.BOLD + "Plan:" + Colour.RESET + " 1 to add, 0 to change, 0 to destroy."), r.out());
    }

    @Test
    void apply_and_destroy_on_a_terminal_are_in_colour() {
        EngineCliRunner cli = terminal();
        cli.stdin = "yes\n";
        EngineCliRunner.Result r = run(cli, "apply");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains(Colour.BOLD + Colour.GREEN + "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." + Colour.RESET),
                r.out());
        assertTrue(r.out().contains("Enter a value: "), "the prompt is printed before the answer is read: " + r.out());
        EngineCliRunner.Result d = run(terminal(), "destroy", "-auto-approve");
        assertTrue(d.out().contains("  " + Colour.RED + "-" + Colour.RESET + " destroy"), d.out());
    }

    @Test
    void no_color_through_a_pipe_or_as_json_is_plain() {
        assertFalse(run(terminal(), "plan", "-no-color").out().contains(ESC));
        assertFalse(run("plan").out().contains(ESC), "stdout is not a terminal");
        assertFalse(run(terminal(), "plan", "-json").out().contains(ESC));
        assertFalse(run(terminal(), "state", "list").out().contains(ESC));
    }

    @Test
    void lines_are_coloured_by_what_they_are() {
        assertEquals(Colour.BOLD + Colour.RED + "Error: " + Colour.RESET + Colour.BOLD + "Boom" + Colour.RESET, Colour.line("Error: Boom"));
        assertEquals("      " + Colour.YELLOW + "~" + Colour.RESET + " encryption = \"disable\" -> \"enable\"",
                Colour.line("      ~ encryption = \"disable\" -> \"enable\""));
        assertEquals(Colour.RED + "-" + Colour.RESET + "/" + Colour.GREEN + "+" + Colour.RESET + " destroy and then create replacement",
                Colour.line("-/+ destroy and then create replacement"));
        assertEquals("  instance_id = \"x\"", Colour.line("  instance_id = \"x\""));
        assertEquals("  # (renew: certificate expires in 5 days)", Colour.line("  # (renew: certificate expires in 5 days)"));
    }
}
