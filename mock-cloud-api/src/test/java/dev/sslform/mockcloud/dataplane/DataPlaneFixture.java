package dev.sslform.mockcloud.dataplane;

import dev.sslform.mockcloud.MockCloud;
import dev.sslform.mockcloud.MockCloudConfig;
import dev.sslform.mockcloud.cert.CaBundle;
import dev.sslform.mockcloud.core.Account;
import dev.sslform.mockcloud.core.Caller;
import dev.sslform.mockcloud.core.CertificateAuthority;
import dev.sslform.mockcloud.core.InstanceView;
import dev.sslform.mockcloud.core.ModifySslCommand;
import dev.sslform.mockcloud.core.NewInstance;
import dev.sslform.mockcloud.core.OperationType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An in-process mockcloud with its data plane on, a manual clock started a little before real
 * time (so the CA it creates is already valid for clients checking real time), and helpers to create
 * instances, drive their SSL life cycle and write the files a client needs.
 */
final class DataPlaneFixture implements AutoCloseable {
    static final String REGION = "ap-guangzhou";
    static final Caller CALLER = new Caller(Account.DEFAULT_APP_ID, REGION);
    /** The JDK hosts file failsafe points {@code jdk.net.hosts.file} at (see the pom). */
    static final Path HOSTS = Path.of(System.getProperty("jdk.net.hosts.file", "target/dataplane-hosts"));

    final MockCloud server;
    final DataPlane dataPlane;
    final Path dir;

    private DataPlaneFixture(MockCloud server, Path dir) {
        this.server = server;
        this.dataPlane = server.dataPlane().orElseThrow();
        this.dir = dir;
    }

    static DataPlaneFixture start(String name) {
        // Five minutes behind real time: the account CA is dated on the mock clock when SSL is first
        // enabled, and OpenSSL and GnuTLS refuse a CA that is not yet valid in real time.
        return start(MockCloudConfig.forTests(name, Clock.systemUTC().instant().minus(Duration.ofMinutes(5))
                .truncatedTo(ChronoUnit.SECONDS)).withDataPlane(true));
    }

    static DataPlaneFixture start(MockCloudConfig config) {
        try {
            Path dir = Files.createTempDirectory("dataplane-");
            return new DataPlaneFixture(MockCloud.start(config), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates an instance (and replicas), waits for its endpoints and maps the ids to 127.0.0.1 in the hosts file. */
    List<String> create(String id, int replicas) {
        List<String> ids = server.instances().create(new NewInstance(id, null, REGION, null, null, null, null, replicas, null,
                Account.DEFAULT_APP_ID, "api"));
        dataPlane.sync();
        mapHosts(ids);
        return ids;
    }

    String create(String id) {
        return create(id, 0).get(0);
    }

    /** Runs an SSL operation to completion: modify with WaitSwitch 0, then advance past the task. */
    void run(String id, OperationType type) {
        server.lifecycle().modify(CALLER, new ModifySslCommand(id, type, 0, false, "", ""));
        advance(server.config().lifecycle().taskDuration().plusSeconds(1));
    }

    /** Starts an operation and stops the clock inside its restart window. */
    void startRestart(String id, OperationType type) {
        server.lifecycle().modify(CALLER, new ModifySslCommand(id, type, 0, false, "", ""));
        Duration task = server.config().lifecycle().taskDuration();
        Duration restart = server.config().lifecycle().restartDuration();
        advance(task.minus(restart).plusSeconds(1));
    }

    void advance(Duration d) {
        server.lifecycle().advanceTo(server.clock().instant().plus(d));
        dataPlane.sync();
    }

    InstanceView view(String id) {
        return server.instances().adminView(id).orElseThrow();
    }

    int port(String id) {
        return dataPlane.port(id).orElseThrow();
    }

    CertificateAuthority ca() {
        return server.store().transaction(tx -> tx.authority(Account.DEFAULT_APP_ID, REGION)).orElseThrow();
    }

    /** The JKS trust store from the CA bundle a client downloads (password tencentdb). */
    Path trustStore() {
        return fromZip(CaBundle.JKS_ENTRY);
    }

    /** The PEM from the CA bundle. */
    Path caPem() {
        return fromZip(CaBundle.PEM_ENTRY);
    }

    private Path fromZip(String entryName) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(CaBundle.zip(ca())))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(entryName)) {
                    Path out = dir.resolve(entryName);
                    Files.write(out, zip.readAllBytes());
                    return out;
                }
            }
            throw new IllegalStateException(entryName + " not in the bundle");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds "127.0.0.1 id" lines to the JDK hosts file (keeping what other test classes wrote). */
    static synchronized void mapHosts(List<String> ids) {
        try {
            Set<String> lines = new LinkedHashSet<>();
            lines.add("127.0.0.1 localhost");
            if (Files.exists(HOSTS)) {
                lines.addAll(Files.readAllLines(HOSTS, StandardCharsets.US_ASCII));
            }
            for (String id : ids) {
                lines.add("127.0.0.1 " + id);
            }
            Files.createDirectories(HOSTS.toAbsolutePath().getParent());
            Files.write(HOSTS, lines, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Instant mockNow() {
        return server.clock().instant();
    }

    @Override
    public void close() {
        server.close();
    }
}
