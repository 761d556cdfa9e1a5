package dev.sslform.mockcloud;

import dev.sslform.mockcloud.core.LifecycleSettings;
import dev.sslform.mockcloud.dataplane.DataPlaneSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Everything a mockcloud server is started with; the command line and in-process tests both
 * build one. Defaults are the documented ones: port 9000 on 127.0.0.1, an H2 file under
 * {@code ./.mockcloud/}, the system clock, 20 s tasks with a 5 s restart, one-year certificates.
 *
 * @param port            the port; 0 picks a free one
 * @param bind            the address to listen on
 * @param dbUrl           a {@code jdbc:h2:…} or {@code jdbc:postgresql:…} URL
 * @param dbUser          the database user, or null
 * @param dbPassword      the database password, or null
 * @param seedFile        a YAML file of accounts and instances created at start, or null
 * @param accountsFile    a YAML file of key pairs replacing the default account, or null
 * @param secretId        the default account's SecretId
 * @param secretKey       the default account's SecretKey
 * @param adminToken      the token {@code /_mock} calls must carry, or null for none
 * @param manualClock     whether time stands still unless moved
 * @param clockStart      where a manual clock starts (null = now)
 * @param lifecycle       durations, lifetimes and time zones
 * @param dataPlane       the TDS endpoints per instance (on by default, ephemeral ports)
 */
public record MockCloudConfig(int port, String bind, String dbUrl, String dbUser, String dbPassword, Path seedFile,
                             Path accountsFile, String secretId, String secretKey, String adminToken, boolean manualClock,
                             Instant clockStart, LifecycleSettings lifecycle, DataPlaneSettings dataPlane) {

    public static final String DEFAULT_DB_URL = "jdbc:h2:file:./.mockcloud/mockcloud";

    public static MockCloudConfig defaults() {
        return new MockCloudConfig(9000, "127.0.0.1", DEFAULT_DB_URL, null, null, null, null,
                dev.sslform.mockcloud.core.Account.DEFAULT_SECRET_ID, dev.sslform.mockcloud.core.Account.DEFAULT_SECRET_KEY,
                null, false, null, LifecycleSettings.DEFAULTS, DataPlaneSettings.DEFAULTS);
    }

    /**
     * A throwaway server for tests: a free port, in-memory H2 of that name, a manual clock, and no
     * data plane (a TDS listener per instance is only wanted by tests that connect SQL clients,
     * which turn it on with {@code withDataPlane(true)}; fleet-sized tests would otherwise open
     * thousands of listeners).
     */
    public static MockCloudConfig forTests(String name, Instant clockStart) {
        return defaults().withPort(0).withDb("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1").withManualClock(clockStart)
                .withDataPlane(false);
    }

    public MockCloudConfig withPort(int p) {
        return new MockCloudConfig(p, bind, dbUrl, dbUser, dbPassword, seedFile, accountsFile, secretId, secretKey, adminToken,
                manualClock, clockStart, lifecycle, dataPlane);
    }

    public MockCloudConfig withBind(String b) {
        return new MockCloudConfig(port, b, dbUrl, dbUser, dbPassword, seedFile, accountsFile, secretId, secretKey, adminToken,
                manualClock, clockStart, lifecycle, dataPlane);
    }

    public MockCloudConfig withDb(String url) {
        return new MockCloudConfig(port, bind, url, dbUser, dbPassword, seedFile, accountsFile, secretId, secretKey, adminToken,
                manualClock, clockStart, lifecycle, dataPlane);
    }

    public MockCloudConfig withDbCredentials(String user, String password) {
        return new MockCloudConfig(port, bind, dbUrl, user, password, seedFile, accountsFile, secretId, secretKey, adminToken,
                manualClock, clockStart, lifecycle, dataPlane);
    }

    public MockCloudConfig withSeed(Path seed) {
        return new MockCloudConfig(port, bind, dbUrl, dbUser, dbPassword, seed, accountsFile, secretId, secretKey, adminToken,
                manualClock, clockStart, lifecycle, dataPlane);
    }

    public MockCloudConfig withAccountsFile(Path file) {
        return new MockCloudConfig(port, bind, dbUrl, dbUser, dbPassword, seedFile, file, secretId, secretKey, adminToken,
                manualClock, clockStart, lifecycle, dataPlane);
    }

    public MockCloudConfig withDefaultKey(String id, String key) {
        return new MockCloudConfig(port, bind, dbUrl, dbUser, dbPassword, seedFile, accountsFile, id, key, adminToken,
                manualClock, clockStart, lifecycle, dataPlane);
    }

    public MockCloudConfig withAdminToken(String token) {
        return new MockCloudConfig(port, bind, dbUrl, dbUser, dbPassword, seedFile, accountsFile, secretId, secretKey, token,
                manualClock, clockStart, lifecycle, dataPlane);
    }

    public MockCloudConfig withManualClock(Instant start) {
        return new MockCloudConfig(port, bind, dbUrl, dbUser, dbPassword, seedFile, accountsFile, secretId, secretKey, adminToken,
                true, start, lifecycle, dataPlane);
    }

    public MockCloudConfig withSystemClock() {
        return new MockCloudConfig(port, bind, dbUrl, dbUser, dbPassword, seedFile, accountsFile, secretId, secretKey, adminToken,
                false, null, lifecycle, dataPlane);
    }

    public MockCloudConfig withLifecycle(LifecycleSettings l) {
        return new MockCloudConfig(port, bind, dbUrl, dbUser, dbPassword, seedFile, accountsFile, secretId, secretKey, adminToken,
                manualClock, clockStart, l, dataPlane);
    }

    public MockCloudConfig withDurations(Duration task, Duration restart) {
        return withLifecycle(lifecycle.withTaskDuration(task, restart));
    }

    public MockCloudConfig withTimeZone(ZoneId zone) {
        return withLifecycle(new LifecycleSettings(lifecycle.taskDuration(), lifecycle.restartDuration(), lifecycle.certLifetime(),
                lifecycle.caLifetime(), zone, lifecycle.regionZones(), lifecycle.defaultWindow()));
    }

    public MockCloudConfig withDataPlane(DataPlaneSettings d) {
        return new MockCloudConfig(port, bind, dbUrl, dbUser, dbPassword, seedFile, accountsFile, secretId, secretKey, adminToken,
                manualClock, clockStart, lifecycle, d);
    }

    /** The data plane on or off, other data-plane settings kept. */
    public MockCloudConfig withDataPlane(boolean enabled) {
        return withDataPlane(dataPlane.withEnabled(enabled));
    }
}
