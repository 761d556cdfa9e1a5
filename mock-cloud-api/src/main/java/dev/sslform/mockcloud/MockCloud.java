package dev.sslform.mockcloud;

import dev.sslform.mockcloud.cert.BouncyCastleIssuer;
import dev.sslform.mockcloud.cert.CaBundle;
import dev.sslform.mockcloud.console.Console;
import dev.sslform.mockcloud.core.AccountInstances;
import dev.sslform.mockcloud.core.Accounts;
import dev.sslform.mockcloud.core.FaultRules;
import dev.sslform.mockcloud.core.Instances;
import dev.sslform.mockcloud.core.MockClock;
import dev.sslform.mockcloud.core.RequestJournal;
import dev.sslform.mockcloud.core.Scheduler;
import dev.sslform.mockcloud.core.SqlLogins;
import dev.sslform.mockcloud.core.SslLifecycle;
import dev.sslform.mockcloud.core.SslMaterial;
import dev.sslform.mockcloud.core.StateTransfer;
import dev.sslform.mockcloud.core.Store;
import dev.sslform.mockcloud.core.StoreTransaction;
import dev.sslform.mockcloud.dataplane.DataPlane;
import dev.sslform.mockcloud.http.ApiServer;
import dev.sslform.mockcloud.http.StateDocuments;
import dev.sslform.mockcloud.http.TestAuthorSurface;
import dev.sslform.mockcloud.store.JdbiStore;
import io.javalin.Javalin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A running mockcloud server, and the one class that sees every package: it opens the store,
 * builds the domain over it, applies the start-up state, starts the scheduler and the HTTP
 * server, and the data plane's TDS endpoints unless turned off. Start one in-process with {@link #start(MockCloudConfig)}; {@code main} is the CLI.
 */
public final class MockCloud implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MockCloud.class);

    private final MockCloudConfig config;
    private final Store store;
    private final SslLifecycle lifecycle;
    private final Instances instances;
    private final Accounts accounts;
    private final Scheduler scheduler;
    private final Javalin app;
    private final DataPlane dataPlane;

    private MockCloud(MockCloudConfig config, Store store, SslLifecycle lifecycle, Instances instances, Accounts accounts,
                      Scheduler scheduler, Javalin app, DataPlane dataPlane) {
        this.dataPlane = dataPlane;
        this.config = config;
        this.store = store;
        this.lifecycle = lifecycle;
        this.instances = instances;
        this.accounts = accounts;
        this.scheduler = scheduler;
        this.app = app;
    }

    /** Starts a server; returns once it accepts requests. Bad configuration throws IllegalArgumentException. */
    public static MockCloud start(MockCloudConfig config) {
        ListenAddress.exposureWarning(config.bind(), config.adminToken()).ifPresent(LOG::warn);
        StartupState startup = StartupState.load(config);
        Clock real = Clock.systemUTC();
        Store store = JdbiStore.open(config.dbUrl(), config.dbUser(), config.dbPassword());
        try {
            MockClock clock = config.manualClock() ? resumedManualClock(config, store, real) : MockClock.system(real);
            SslLifecycle.Settings settings = new SslLifecycle.Settings(config.lifecycle());
            BouncyCastleIssuer issuer = new BouncyCastleIssuer();
            SslLifecycle lifecycle = new SslLifecycle(store, issuer, clock, settings);
            FaultRules faults = new FaultRules(System::nanoTime);
            lifecycle.setFaults(faults);
            RequestJournal journal = new RequestJournal(RequestJournal.DEFAULT_CAPACITY);
            Instances instances = new Instances(store, clock, settings);
            Accounts accounts = new Accounts(store);
            startup.apply(store, accounts, instances);
            Runnable reset = () -> {
                store.transaction(tx -> {
                    tx.deleteAll();
                    return null;
                });
                accounts.invalidate();
                startup.apply(store, accounts, instances);
            };
            Scheduler scheduler = new Scheduler(lifecycle, Duration.ofMillis(200), e -> LOG.error("scheduler run failed", e));
            scheduler.start();
            SqlLogins logins = new SqlLogins();
            DataPlane dataPlane = config.dataPlane().enabled()
                    ? DataPlane.start(config.dataPlane(), config.bind(), instances, store, issuer, logins, clock, real) : null;
            StateTransfer transfer = new StateTransfer(store, clock, accounts);
            Console.Wiring console = new Console.Wiring(accounts, instances, new AccountInstances(store, instances, clock), lifecycle,
                    settings, new SslMaterial(store), CaBundle::zip, faults, journal, transfer, StateDocuments::write,
                    StateDocuments::read, reset, ApiServer.REGIONS, config.adminToken(), real);
            Javalin app = ApiServer.create(new ApiServer.Wiring(instances, lifecycle, accounts, reset, store.dialect(),
                    startup.defaultAppId(), config.adminToken(), real),
                    TestAuthorSurface.create(new SslMaterial(store), CaBundle::zip, CaBundle::serverChainPem, faults,
                            journal, clock, real, transfer), logins, cfg -> Console.register(cfg, console));
            try {
                app.start(config.bind(), config.port());
            } catch (RuntimeException e) {
                if (dataPlane != null) {
                    dataPlane.close();
                }
                throw ListenAddress.bindFailure(e, config.bind(), config.port()).orElseThrow(() -> e);
            }
            return new MockCloud(config, store, lifecycle, instances, accounts, scheduler, app, dataPlane);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * A manual clock resumes from the reading saved in the store if that is later than where
     * it is told to start ({@code --clock-start}, or now): virtual time never goes back across
     * a restart, so operations that were running are due, not in the future.
     */
    private static MockClock resumedManualClock(MockCloudConfig config, Store store, Clock real) {
        Instant start = config.clockStart() != null ? config.clockStart() : Instant.now(real);
        Optional<Instant> saved = store.transaction(StoreTransaction::clockReading);
        if (saved.isPresent() && saved.get().isAfter(start)) {
            LOG.info("manual clock resumes at {} (saved), not {}", saved.get(), start);
            start = saved.get();
        }
        return MockClock.manual(start);
    }

    /** The port the server listens on (the real one when started with port 0). */
    public int port() {
        return app.port();
    }

    /** {@code http://HOST:PORT}. */
    public String url() {
        return "http://" + config.bind() + ":" + port();
    }

    /** {@code HOST:PORT}, the form the SDKs' {@code setEndpoint} takes. */
    public String endpoint() {
        return config.bind() + ":" + port();
    }

    public MockCloudConfig config() {
        return config;
    }

    public MockClock clock() {
        return lifecycle.clock();
    }

    public SslLifecycle lifecycle() {
        return lifecycle;
    }

    public Instances instances() {
        return instances;
    }

    public Accounts accounts() {
        return accounts;
    }

    public Store store() {
        return store;
    }

    /** The TDS endpoints, or empty when the data plane is off. */
    public Optional<DataPlane> dataPlane() {
        return Optional.ofNullable(dataPlane);
    }

    /** Stops the data plane, the HTTP server and the scheduler and closes the store. */
    @Override
    public void close() {
        try {
            if (dataPlane != null) {
                dataPlane.close();
            }
            app.stop();
        } catch (RuntimeException e) {
            // Jetty's graceful stop times out when a client (the Tencent SDK's OkHttp pool) keeps
            // idle keep-alive connections open; Jetty still stops everything before throwing,
            // so a close() must not fail the caller for it.
            if (!(e.getCause() instanceof java.util.concurrent.TimeoutException)) {
                throw e;
            }
            LOG.debug("HTTP server stop timed out waiting for idle connections; it is stopped", e);
        } finally {
            scheduler.close();
            store.close();
        }
    }

    public static void main(String[] args) {
        System.exit(MockCloudCommand.run(args));
    }
}
