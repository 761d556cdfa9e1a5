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
 * Which managed resources each managed resource of the whole module tree depends on, as
 * Terraform's graph has it: its {@code depends_on}, and the references in its {@code count},
 * {@code for_each}, arguments and conditions, followed through locals, data sources, a child
 * module's input variables (to what the module call's argument refers to) and a module's outputs
 * (to what the output refers to), transitively; a resource in a module also depends on what its
 * module calls' {@code depends_on}, {@code count} and {@code for_each} (at every level) refer to,
 * and {@code depends_on = [module.x]} means every resource in {@code module.x} and the modules it
 * calls. Terraform records the same transitive set as an instance's {@code dependencies} in state.
 * Apply orders changes by it.
 *
 * <p>Addresses are absolute configuration addresses: the module path without instance keys
 * ({@link InstanceKey#NONE} at every step), as Terraform's graph has config-level dependencies,
 * so every instance of a module call shares its resources' dependencies.
 */
public final class Dependencies {

    private final Configuration root;
    private final Map<Address, Set<Address>> direct = new HashMap<>();
    /** Locals, input variables and outputs by "module path|kind.name": the resources they refer to. */
    private final Map<String, Set<Address>> values = new HashMap<>();
    /** What a module instance's contents depend on through its calls' meta-arguments, by module path. */
    private final Map<ModuleAddress, Set<Address>> context = new HashMap<>();

    private Dependencies(Configuration root) {
        this.root = root;
    }

    /**
     * Every managed resource's dependencies on other managed resources, by absolute address: the
     * root module's in declaration order, then each child module's, depth first.
     */
    public static Map<Address, Set<Address>> of(Configuration root) {
        Dependencies d = new Dependencies(root);
        Map<Address, Set<Address>> out = new LinkedHashMap<>();
        for (Address a : d.managed()) {
            out.put(a, d.transitive(a));
        }
        return out;
    }

    /**
     * The managed resources, anywhere in the module tree, that depend on themselves through
     * {@code depends_on} (a circle of references is already an evaluation error): Terraform's
     * "Cycle" error, which sslform reports before planning. Sorted; empty when there is none.
     */
    public static List<Address> cycle(Configuration root) {
        Dependencies d = new Dependencies(root);
        List<Address> out = new ArrayList<>();
        for (Address a : new TreeSet<>(d.managed())) {
            if (d.reaches(a, a)) {
                out.add(a);
            }
        }
        return out;
    }

    /** The block an absolute address names, if declared. */
    public static ResourceConfig block(Configuration root, Address a) {
        return root.descendant(a.module().names()).map(c -> c.module().resources().get(a.local())).orElse(null);
    }

    private List<Address> managed() {
        List<Address> out = new ArrayList<>();
        collectManaged(root, ModuleAddress.ROOT, out);
        return out;
    }

    private static void collectManaged(Configuration cfg, ModuleAddress path, List<Address> out) {
        for (Address a : cfg.module().resources().keySet()) {
            if (a.mode() == ResourceMode.MANAGED) {
                out.add(a.in(path));
            }
        }
        cfg.children().forEach((name, child) -> collectManaged(child, path.child(name, InstanceKey.NONE), out));
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

    /** The resources and data sources the block at absolute address {@code a} refers to directly (locals, variables and outputs followed). */
    private Set<Address> direct(Address a) {
        Set<Address> done = direct.get(a);
        if (done != null) {
            return done;
        }
        Set<Address> out = new HashSet<>();
        direct.put(a, out);
        ResourceConfig r = block(root, a);
        if (r == null) {
            return out;
        }
        ModuleAddress path = a.module();
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
            resolve(path, ref.names(), out, new HashSet<>());
        }
        for (String dep : r.dependsOn()) {
            dependsOn(path, dep, out, new HashSet<>());
        }
        out.addAll(context(path));
        return out;
    }

    /**
     * What everything in module instance {@code path} waits for, as Terraform's module expansion
     * node: the references of each call on the way (its count, for_each and depends_on), each in
     * its caller's scope.
     */
    private Set<Address> context(ModuleAddress path) {
        if (path.isRoot()) {
            return Set.of();
        }
        Set<Address> done = context.get(path);
        if (done != null) {
            return done;
        }
        ModuleAddress parent = parent(path);
        Set<Address> out = new HashSet<>(context(parent));
        ModuleCall call = call(path);
        if (call != null) {
            if (call.count() != null) {
                References.of(call.count()).forEach(ref -> resolve(parent, ref.names(), out, new HashSet<>()));
            }
            if (call.forEach() != null) {
                References.of(call.forEach()).forEach(ref -> resolve(parent, ref.names(), out, new HashSet<>()));
            }
            for (String dep : call.dependsOn()) {
                dependsOn(parent, dep, out, new HashSet<>());
            }
        }
        context.put(path, out);
        return out;
    }

    /** A {@code depends_on} entry written in module {@code path}: a resource, a data source or a whole module call. */
    private void dependsOn(ModuleAddress path, String dep, Set<Address> out, Set<String> visiting) {
        List<String> names = List.of(dep.replaceAll("\\[.*$", "").split("\\."));
        if (names.size() >= 2 && names.get(0).equals("module")) {
            Configuration cfg = root.descendant(path.names()).orElse(null);
            Configuration child = cfg == null ? null : cfg.children().get(names.get(1));
            if (child != null) {
                // As Terraform: depending on a module call is depending on everything in it.
                List<Address> all = new ArrayList<>();
                collectAll(child, path.child(names.get(1), InstanceKey.NONE), all);
                out.addAll(all);
            }
            return;
        }
        resolve(path, names, out, visiting);
    }

    private static void collectAll(Configuration cfg, ModuleAddress path, List<Address> out) {
        cfg.module().resources().keySet().forEach(a -> out.add(a.in(path)));
        cfg.children().forEach((name, child) -> collectAll(child, path.child(name, InstanceKey.NONE), out));
    }

    /** A reference written in module {@code path}, by its leading static names. */
    private void resolve(ModuleAddress path, List<String> names, Set<Address> out, Set<String> visiting) {
        Configuration cfg = root.descendant(path.names()).orElse(null);
        if (cfg == null) {
            return;
        }
        if (names.size() >= 2 && names.get(0).equals("local")) {
            out.addAll(local(path, cfg, names.get(1), visiting));
        } else if (names.size() >= 2 && names.get(0).equals("var")) {
            out.addAll(variable(path, names.get(1), visiting));
        } else if (names.size() >= 2 && names.get(0).equals("module")) {
            Configuration child = cfg.children().get(names.get(1));
            if (child == null) {
                return;
            }
            ModuleAddress childPath = path.child(names.get(1), InstanceKey.NONE);
            if (names.size() >= 3 && child.outputs().containsKey(names.get(2))) {
                out.addAll(output(childPath, child, names.get(2), visiting));
            } else {
                // module.x as a whole (or module.x[k].out, whose index ends the static names): every output.
                child.outputs().keySet().forEach(o -> out.addAll(output(childPath, child, o, visiting)));
            }
        } else if (names.size() >= 3 && names.get(0).equals("data")) {
            add(cfg, path, new Address(ResourceMode.DATA, names.get(1), names.get(2)), out);
        } else if (names.size() >= 2) {
            add(cfg, path, new Address(ResourceMode.MANAGED, names.get(0), names.get(1)), out);
        }
    }

    private static void add(Configuration cfg, ModuleAddress path, Address local, Set<Address> out) {
        if (cfg.module().resources().containsKey(local)) {
            out.add(local.in(path));
        }
    }

    private Set<Address> local(ModuleAddress path, Configuration cfg, String name, Set<String> visiting) {
        LocalConfig l = cfg.module().locals().get(name);
        if (l == null) {
            return Set.of(); // undeclared: evaluation reports it
        }
        return value(path + "|local." + name, visiting, out -> References.of(l.expr()).forEach(ref -> resolve(path, ref.names(), out, visiting)));
    }

    /** A child module's input variable: what its call's argument refers to, in the caller's scope. */
    private Set<Address> variable(ModuleAddress path, String name, Set<String> visiting) {
        ModuleCall call = path.isRoot() ? null : call(path);
        if (call == null || !call.arguments().containsKey(name)) {
            return Set.of(); // the root's variables, or a default: no resource
        }
        ModuleAddress parent = parent(path);
        return value(path + "|var." + name, visiting,
                out -> References.of(call.arguments().get(name).expr()).forEach(ref -> resolve(parent, ref.names(), out, visiting)));
    }

    /** A module's output: what its value and its depends_on refer to, in the module's scope. */
    private Set<Address> output(ModuleAddress path, Configuration cfg, String name, Set<String> visiting) {
        OutputConfig o = cfg.outputs().get(name);
        return value(path + "|output." + name, visiting, out -> {
            References.of(o.value()).forEach(ref -> resolve(path, ref.names(), out, visiting));
            o.dependsOn().forEach(dep -> dependsOn(path, dep, out, visiting));
        });
    }

    private Set<Address> value(String key, Set<String> visiting, java.util.function.Consumer<Set<Address>> compute) {
        Set<Address> done = values.get(key);
        if (done != null) {
            return done;
        }
        if (!visiting.add(key)) {
            return Set.of(); // a cycle: evaluation reports it
        }
        Set<Address> out = new HashSet<>();
        compute.accept(out);
        values.put(key, out);
        return out;
    }

    private ModuleCall call(ModuleAddress path) {
        return root.descendant(parent(path).names()).map(c -> c.module().calls().get(path.steps().get(path.steps().size() - 1).name()))
                .orElse(null);
    }

    private static ModuleAddress parent(ModuleAddress path) {
        return new ModuleAddress(path.steps().subList(0, path.steps().size() - 1));
    }
}
