package dev.sslform.mockcloud.console;

import dev.sslform.mockcloud.core.AccountInstances;
import dev.sslform.mockcloud.core.Accounts;
import dev.sslform.mockcloud.core.CertificateAuthority;
import dev.sslform.mockcloud.core.FaultRules;
import dev.sslform.mockcloud.core.Instances;
import dev.sslform.mockcloud.core.RequestJournal;
import dev.sslform.mockcloud.core.SslLifecycle;
import dev.sslform.mockcloud.core.SslMaterial;
import dev.sslform.mockcloud.core.StateSnapshot;
import dev.sslform.mockcloud.core.StateTransfer;
import io.javalin.config.JavalinConfig;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The web console mockcloud serves at {@code /console}: the seed document's console flows for a
 * signed-in account (region, instance list, instance page, Data Security &gt; SSL Encryption,
 * the execution-time pop-up, Download CA Certificate, the maintenance window, the operation
 * history) and the mock's own controls at {@code /console/mock} (clock, fault rules, request
 * journal, reset, export and import).
 *
 * <p>Server-rendered HTML; the only script is htmx from its WebJar, served from the jar, for the
 * pop-up and the parts of a page that update themselves. Every write goes through the same
 * domain operations as the API ({@link SslLifecycle#modify}, {@link Instances#modifyMaintenanceSpan},
 * {@link SslLifecycle#advanceTo} …), so the console can never do what the API refuses.
 */
public final class Console {
    /** What the console is built from; every part comes from the one wiring in {@code MockCloud}. */
    public record Wiring(Accounts accounts, Instances instances, AccountInstances reads, SslLifecycle lifecycle,
                         SslLifecycle.Settings settings, SslMaterial material, Function<CertificateAuthority, byte[]> caZip,
                         FaultRules faults, RequestJournal journal, StateTransfer transfer,
                         Function<StateSnapshot, byte[]> exportDocument, Function<byte[], StateSnapshot> importDocument,
                         Runnable reset, Set<String> regions, String adminToken, Clock real) {
        public Wiring {
            Objects.requireNonNull(accounts);
            Objects.requireNonNull(instances);
            Objects.requireNonNull(reads);
            Objects.requireNonNull(lifecycle);
            Objects.requireNonNull(settings);
            Objects.requireNonNull(material);
            Objects.requireNonNull(caZip);
            Objects.requireNonNull(faults);
            Objects.requireNonNull(journal);
            Objects.requireNonNull(transfer);
            Objects.requireNonNull(exportDocument);
            Objects.requireNonNull(importDocument);
            Objects.requireNonNull(reset);
            regions = Set.copyOf(regions);
            Objects.requireNonNull(real);
        }

        List<String> sortedRegions() {
            return List.copyOf(new TreeSet<>(regions));
        }

        boolean adminTokenRequired() {
            return adminToken != null && !adminToken.isEmpty();
        }
    }

    private Console() {
    }

    /** Adds the console's routes, guards and error pages to an app being configured. */
    public static void register(JavalinConfig cfg, Wiring w) {
        ConsoleContext c = new ConsoleContext(w);
        new Guard(c).register(cfg.routes);
        new Assets().register(cfg.routes);
        new LoginPages(c).register(cfg.routes);
        new InstanceListPage(c).register(cfg.routes);
        new InstancePage(c).register(cfg.routes);
        new MockPage(c).register(cfg.routes);
        cfg.routes.exception(Refusal.class, (e, ctx) -> e.answer(c, ctx));
    }
}
