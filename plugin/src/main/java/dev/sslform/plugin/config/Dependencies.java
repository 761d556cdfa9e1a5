package dev.sslform.plugin.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which managed resources each managed resource depends on, as Terraform's graph has it: its
 * {@code depends_on}, and the references in its {@code count}, {@code for_each}, arguments and
 * conditions, followed through locals and data sources, transitively (Terraform records the same
 * transitive set as an instance's {@code dependencies} in state). Apply orders changes by it.
 */
public final class Dependencies {

    private final Configuration cfg;
    private final Map<Address, Set<Address>> direct = new HashMap<>();
    private final Map<String, Set<Address>> locals = new HashMap<>();

    private Dependencies(Configuration cfg) {
        this.cfg = cfg;
    }

    /** Every managed resource's dependencies on other managed resources, in declaration order of the resources. */
    public static Map<Address, Set<Address>> of(Configuration cfg) {
        Dependencies d = new Dependencies(cfg);
        Map<Address, Set<Address>> out = new LinkedHashMap<>();
        for (Address a : cfg.module().resources().keySet()) {
            if (a.mode() == ResourceMode.MANAGED) {
                out.put(a, d.transitive(a));
            }
        }
        return out;
    }

    /**
     * The managed resources that depend on themselves through {@code depends_on} (a circle of
     * references is already an evaluation error): Terraform's "Cycle" error, which sslform reports
     * before planning. Sorted; empty when there is none.
     */
    public static List<Address> cycle(Configuration cfg) {
        Dependencies d = new Dependencies(cfg);
        List<Address> out = new ArrayList<>();
        for (Address a : new TreeSet<>(cfg.module().resources().keySet())) {
            if (a.mode() == ResourceMode.MANAGED && d.reaches(a, a)) {
                out.add(a);
            }
        }
        return out;
    }

    private boolean reaches(Address from, Address to) {
        Set<Address> seen = new HashSet<>();
        List<Address> todo = new ArrayList<>(direct(from));
        while (!todo.isEmpty()) {
            Address a = todo.remove(todo.size() - 1);
            if (a.equals(to)) {
                return true;
            }
            if (seen.add(a)) {
                todo.addAll(direct(a));
            }
        }
        return false;
    }

    private Set<Address> transitive(Address from) {
        Set<Address> seen = new HashSet<>();
        List<Address> todo = new ArrayList<>(direct(from));
        Set<Address> out = new TreeSet<>();
        while (!todo.isEmpty()) {
            Address a = todo.remove(todo.size() - 1);
            if (!seen.add(a)) {
                continue;
            }
            if (a.mode() == ResourceMode.MANAGED && !a.equals(from)) {
                out.add(a);
            }
            todo.addAll(direct(a));
        }
        return out;
    }

    /** The resources and data sources {@code a}'s block refers to directly (locals followed). */
    private Set<Address> direct(Address a) {
        Set<Address> done = direct.get(a);
        if (done != null) {
            return done;
        }
        Set<Address> out = new HashSet<>();
        direct.put(a, out);
        ResourceConfig r = cfg.module().resources().get(a);
        if (r == null) {
            return out;
        }
        List<References.Ref> refs = new ArrayList<>();
        if (r.count() != null) {
            refs.addAll(References.of(r.count()));
        }
        if (r.forEach() != null) {
            refs.addAll(References.of(r.forEach()));
        }
        refs.addAll(References.of(r.body()));
        for (Condition c : r.lifecycle().preconditions()) {
            refs.addAll(References.of(c.condition()));
            refs.addAll(References.of(c.errorMessage()));
        }
        for (Condition c : r.lifecycle().postconditions()) {
            refs.addAll(References.of(c.condition()));
            refs.addAll(References.of(c.errorMessage()));
        }
        for (References.Ref ref : refs) {
            resolve(ref.names(), out, new HashSet<>());
        }
        for (String dep : r.dependsOn()) {
            resolve(List.of(dep.replaceAll("\\[.*$", "").split("\\.")), out, new HashSet<>());
        }
        return out;
    }

    private void resolve(List<String> names, Set<Address> out, Set<String> visiting) {
        if (names.size() >= 2 && names.get(0).equals("local")) {
            out.addAll(local(names.get(1), visiting));
        } else if (names.size() >= 3 && names.get(0).equals("data")) {
            add(new Address(ResourceMode.DATA, names.get(1), names.get(2)), out);
        } else if (names.size() >= 2) {
            add(new Address(ResourceMode.MANAGED, names.get(0), names.get(1)), out);
        }
    }

    private void add(Address a, Set<Address> out) {
        if (cfg.module().resources().containsKey(a)) {
            out.add(a);
        }
    }

    private Set<Address> local(String name, Set<String> visiting) {
        Set<Address> done = locals.get(name);
        if (done != null) {
            return done;
        }
        LocalConfig l = cfg.module().locals().get(name);
        if (l == null || !visiting.add(name)) {
            return Set.of(); // undeclared or a cycle: evaluation reports both
        }
        Set<Address> out = new HashSet<>();
        for (References.Ref ref : References.of(l.expr())) {
            resolve(ref.names(), out, visiting);
        }
        locals.put(name, out);
        return out;
    }
}
