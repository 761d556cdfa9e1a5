package dev.sslform.mockcloud.cert;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import dev.sslform.mockcloud.core.CertificateAuthority;
import dev.sslform.mockcloud.core.ServerCertificate;

/**
 * A benchmark, not a test: the cost of one server certificate issue (key generation, PEM
 * parsing of the CA, signing, PEM encoding) for each {@link KeyAlgorithm}, after warm-up.
 *
 * <p>Run: {@code mvn -q -pl mock-cloud-api test-compile && mvn -q -pl mock-cloud-api
 * dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test && java -cp
 * mock-cloud-api/target/classes:mock-cloud-api/target/test-classes:$(cat /tmp/cp.txt)
 * dev.sslform.mockcloud.cert.KeyGenBench [issues] [warmup]}. It reports both wall time and the
 * benchmark thread's CPU time: on a shared 2-core machine the CPU figure is the stable one. With a third argument, a directory,
 * it also writes one CA, server certificate, key and bundle there for external checks.
 */
public final class KeyGenBench {
    private KeyGenBench() {
    }

    public static void main(String[] args) throws Exception {
        int issues = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Instant t0 = Instant.parse("2025-03-01T08:00:00Z");
        System.out.printf("java %s, %d CPUs, %d issues after %d warm-up%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), issues, warmup);
        for (KeyAlgorithm algorithm : KeyAlgorithm.values()) {
            BouncyCastleIssuer issuer = new BouncyCastleIssuer(algorithm);
            long caStart = System.nanoTime();
            CertificateAuthority ca = issuer.newAuthority(1L, "ap-guangzhou", t0, Duration.ofDays(3650));
            double caMs = (System.nanoTime() - caStart) / 1e6;
            for (int i = 0; i < warmup; i++) {
                issuer.issue(ca, "mssql-warm" + i, "10.0.0.1", t0, Duration.ofDays(365), i);
            }
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long sink = 0;
            for (int i = 0; i < issues; i++) {
                ServerCertificate s = issuer.issue(ca, "mssql-bench" + i, "10.0.0.1", t0, Duration.ofDays(365), i);
                sink += s.certPem().length();
            }
            double totalMs = (System.nanoTime() - start) / 1e6;
            double cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            long zipStart = System.nanoTime();
            for (int i = 0; i < issues; i++) {
                sink += CaBundle.zip(ca).length;
            }
            double zipMs = (System.nanoTime() - zipStart) / 1e6;
            System.out.printf("%-9s issue: %8.3f ms/issue CPU, %8.3f ms/issue wall (%d in %.0f ms wall);"
                            + " first CA %.1f ms wall; CA zip %.3f ms wall [%d]%n",
                    algorithm, cpuMs / issues, totalMs / issues, issues, totalMs, caMs, zipMs / issues, sink % 10);
            if (args.length > 2) {
                Path dir = Files.createDirectories(Path.of(args[2], algorithm.name()));
                ServerCertificate s = issuer.issue(ca, "mssql-check", "10.0.0.1", t0, Duration.ofDays(365), 1L);
                Files.writeString(dir.resolve("ca.pem"), ca.certPem());
                Files.writeString(dir.resolve("server.pem"), s.certPem());
                Files.writeString(dir.resolve("server.key"), s.keyPem());
                Files.write(dir.resolve(CaBundle.ZIP_NAME), CaBundle.zip(ca));
            }
        }
    }
}
