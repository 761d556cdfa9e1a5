package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.SourceRange;
import dev.sslform.plugin.config.syntax.Body;
import dev.sslform.plugin.config.syntax.Block;
import dev.sslform.plugin.config.syntax.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * The references in expressions, as Terraform's langrefs finds them: each by its leading static
 * names ({@code ["var", "x"]}, {@code ["tencentcloud_x", "y", "instance_id"]}), without evaluating
 * anything. For the checks that need to know what an expression refers to (an import id's self
 * reference) and for the dependencies between resources.
 */
final class References {

    private References() {
    }

    /** A reference: its leading static names (a root and attribute names) and where it is written. */
    record Ref(List<String> names, SourceRange range) {
    }

    /** The references in {@code e}, each by its longest run of static names. */
    static List<Ref> of(Expr e) {
        List<Ref> out = new ArrayList<>();
        collect(e, out);
        return out;
    }

    private static void collect(Expr e, List<Ref> out) {
        List<String> names = names(e);
        if (names != null) {
            out.add(new Ref(names, e.range()));
            return;
        }
        if (e instanceof Expr.GetAttr g) {
            collect(g.object(), out);
            return;
        }
        children(e).forEach(c -> collect(c, out));
    }

    private static List<String> names(Expr e) {
        if (e instanceof Expr.Variable v) {
            return List.of(v.name());
        }
        if (e instanceof Expr.GetAttr g) {
            List<String> base = names(g.object());
            if (base == null) {
                return null;
            }
            List<String> all = new ArrayList<>(base);
            all.add(g.name());
            return all;
        }
        return null;
    }

    /** The references in every argument of {@code body} and its nested blocks. */
    static List<Ref> of(Body body) {
        List<Ref> out = new ArrayList<>();
        body.attributes().forEach(a -> collect(a.expr(), out));
        for (Block b : body.blocks()) {
            out.addAll(of(b.body()));
        }
        return out;
    }

    static List<Expr> children(Expr e) {
        List<Expr> c = new ArrayList<>();
        if (e instanceof Expr.Template t) {
            c.addAll(t.parts());
        } else if (e instanceof Expr.TemplateWrap w) {
            c.add(w.wrapped());
        } else if (e instanceof Expr.TemplateIf t) {
            c.add(t.condition());
            c.add(t.then());
            c.add(t.otherwise());
        } else if (e instanceof Expr.TemplateFor t) {
            c.add(t.collection());
            c.add(t.body());
        } else if (e instanceof Expr.GetAttr g) {
            c.add(g.object());
        } else if (e instanceof Expr.Index i) {
            c.add(i.collection());
            c.add(i.key());
        } else if (e instanceof Expr.Splat s) {
            c.add(s.source());
            c.add(s.each());
        } else if (e instanceof Expr.Call call) {
            c.addAll(call.args());
        } else if (e instanceof Expr.Conditional k) {
            c.add(k.condition());
            c.add(k.then());
            c.add(k.otherwise());
        } else if (e instanceof Expr.Binary b) {
            c.add(b.left());
            c.add(b.right());
        } else if (e instanceof Expr.Unary u) {
            c.add(u.operand());
        } else if (e instanceof Expr.Tuple t) {
            c.addAll(t.elements());
        } else if (e instanceof Expr.ObjectCons o) {
            o.items().forEach(i -> {
                if (!i.keyword()) {
                    c.add(i.key());
                }
                c.add(i.value());
            });
        } else if (e instanceof Expr.Paren p) {
            c.add(p.inner());
        } else if (e instanceof Expr.For f) {
            c.add(f.collection());
            c.add(f.keyExpr());
            c.add(f.valueExpr());
            c.add(f.condition());
        }
        // Literals, variables and splat items have no children.
        c.removeIf(java.util.Objects::isNull);
        return c;
    }
}
