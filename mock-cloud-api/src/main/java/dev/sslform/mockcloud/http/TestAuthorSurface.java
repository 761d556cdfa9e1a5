package dev.sslform.mockcloud.http;

import dev.sslform.mockcloud.core.CertificateAuthority;
import dev.sslform.mockcloud.core.FaultRules;
import dev.sslform.mockcloud.core.RequestJournal;
import dev.sslform.mockcloud.core.ServerCertificate;
import dev.sslform.mockcloud.core.SslMaterial;
import dev.sslform.mockcloud.core.StateTransfer;
import io.javalin.config.RoutesConfig;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

import java.time.Clock;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The parts of the admin surface made for test authors (issue 4), kept apart from the route
 * table so that wiring them is a few lines in {@link ApiServer}: the CA bundle download,
 * fault injection, the request journal and state export/import, with the call hooks they need.
 */
public final class TestAuthorSurface {
    private final BundleRoutes bundle;
    private final FaultRoutes faults;
    private final TestAuthorObserver observer;

    private final JournalRoutes journal;
    private final StateRoutes state;

    private TestAuthorSurface(BundleRoutes bundle, FaultRules faults, RequestJournal journal, Clock virtual, Clock real,
                              StateTransfer state) {
        this.bundle = bundle;
        this.state = new StateRoutes(state);
        this.faults = new FaultRoutes(faults);
        this.journal = new JournalRoutes(journal);
        this.observer = new TestAuthorObserver(faults, journal, virtual, real);
    }

    /**
     * @param material what an instance presents
     * @param zip      the bytes of {@code TencentDB-SSL-CA.zip} for a CA
     * @param chainPem the server chain PEM for a certificate and its CA
     * @param faults   the fault rules consulted on every API call
     * @param journal  where every API call is recorded
     * @param virtual  the mock's clock, for the journal's {@code time}
     * @param real     the real clock, for its {@code realTime}
     * @param state    state export and import
     */
    public static TestAuthorSurface create(SslMaterial material, Function<CertificateAuthority, byte[]> zip,
                                           BiFunction<ServerCertificate, CertificateAuthority, String> chainPem,
                                           FaultRules faults, RequestJournal journal, Clock virtual, Clock real,
                                           StateTransfer state) {
        return new TestAuthorSurface(new BundleRoutes(material, zip, chainPem), faults, journal, virtual, real, state);
    }

    CallObserver observer() {
        return observer;
    }

    void register(RoutesConfig routes) {
        bundle.register(routes);
        faults.register(routes);
        journal.register(routes);
        state.register(routes);
        // A dropConnection rule: abort the Jetty channel, so the client sees the connection close
        // with no response at all (no status line), as with a crashed server or a cut network.
        // (Aborting the servlet channel is not enough: Jetty then still writes a 500 page.)
        routes.exception(CallObserver.DropConnection.class, (e, ctx) ->
                ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData().getConnection().getEndPoint().close());
    }
}
