package dev.sslform.plugin.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sslform.plugin.state.ResourceAddress;
import dev.sslform.plugin.state.Targetable;
import org.junit.jupiter.api.Test;

/** Where a moved statement takes an object in state: resources into and out of modules, and whole modules, as Terraform. */
class MoveStatementTest {

    static MoveStatement moved(String from, String to) {
        return new MoveStatement(Targetable.parse(from), Targetable.parse(to), "main.tf:1,1");
    }

    static String target(MoveStatement s, String address) {
        ResourceAddress a = s.target(ResourceAddress.parse(address));
        return a == null ? null : a.toString();
    }

    @Test
    void a_resource_moves_into_and_out_of_a_module_instance() {
        assertEquals("module.m[\"k\"].t.a", target(moved("t.a", "module.m[\"k\"].t.a"), "t.a"));
        assertEquals("module.m[\"k\"].t.a[0]", target(moved("t.a", "module.m[\"k\"].t.a"), "t.a[0]"), "a whole resource keeps its keys");
        assertEquals("t.b", target(moved("module.m.t.a", "t.b"), "module.m.t.a"));
        assertNull(target(moved("module.m.t.a", "t.b"), "module.m[0].t.a"), "another module instance is not the statement's");
    }

    @Test
    void a_module_call_moves_every_instance_keeping_its_key_and_everything_nested() {
        MoveStatement call = moved("module.old", "module.new");
        assertEquals("module.new.t.a", target(call, "module.old.t.a"));
        assertEquals("module.new[\"k\"].t.a[1]", target(call, "module.old[\"k\"].t.a[1]"));
        assertEquals("module.new[0].module.inner.t.a", target(call, "module.old[0].module.inner.t.a"));
        assertNull(target(call, "module.older.t.a"));
        assertNull(target(call, "t.a"));
    }

    @Test
    void a_module_instance_moves_alone_and_can_change_its_key_or_nesting() {
        MoveStatement one = moved("module.m[0]", "module.m[\"a\"]");
        assertEquals("module.m[\"a\"].t.a", target(one, "module.m[0].t.a"));
        assertNull(target(one, "module.m[1].t.a"));
        assertEquals("module.outer.module.m.t.a", target(moved("module.m", "module.outer.module.m"), "module.m.t.a"));
    }

    @Test
    void a_move_between_a_module_and_a_resource_is_not_a_statement() {
        assertThrows(IllegalArgumentException.class, () -> moved("module.m", "t.a"));
    }
}
