package dev.sslform.plugin.config;

import dev.sslform.plugin.config.diag.Diagnostics;
import dev.sslform.plugin.provider.TencentCloudSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Measures loading and validating a generated 1,000-resource configuration (not a test: run it
 * by hand, see docs/performance.md):
 *
 * <pre>
 * mvn -q -o -DskipTests package &amp;&amp; mvn -q -o -pl plugin test-compile
 * java -Xmx512m -cp plugin/target/sslform.jar:plugin/target/test-classes dev.sslform.plugin.config.ConfigBenchmark [resources] [format]
 * </pre>
 */
public final class ConfigBenchmark {
    private ConfigBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int resources = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        String format = args.length > 1 ? args[1] : "hcl";
        Path dir = Files.createTempDirectory("sslform-bench");
        long bytes = generate(dir, resources, format);
        ConfigLoader loader = new ConfigLoader(TencentCloudSchemas.schema());
        LoadRequest req = LoadRequest.directory(dir).forValidate();

        for (int i = 0; i < 10; i++) {
            validate(loader, req);
        }
        long[] load = new long[15];
        long[] validate = new long[15];
        for (int i = 0; i < load.length; i++) {
            long t0 = System.nanoTime();
            LoadResult r = loader.load(req);
            long t1 = System.nanoTime();
            Evaluation e = r.configuration().evaluator().evaluate(Map.of(), r.diagnostics());
            long t2 = System.nanoTime();
            if (r.diagnostics().hasErrors() || e.instances(ResourceMode.MANAGED).size() != resources) {
                throw new IllegalStateException("benchmark configuration is invalid: " + r.diagnostics());
            }
            load[i] = t1 - t0;
            validate[i] = t2 - t0;
        }
        Runtime rt = Runtime.getRuntime();
        gc();
        long before = rt.totalMemory() - rt.freeMemory();
        List<Object> keep = new ArrayList<>();
        LoadResult r = loader.load(req);
        keep.add(r);
        keep.add(r.configuration().evaluator().evaluate(Map.of(), new Diagnostics()));
        gc();
        long retained = rt.totalMemory() - rt.freeMemory() - before;
        System.out.printf("resources=%d format=%s files=%d size=%.1f KiB%n", resources, format, 10, bytes / 1024.0);
        System.out.printf("parse+load   median %.1f ms (min %.1f)%n", median(load), min(load));
        System.out.printf("load+validate median %.1f ms (min %.1f)%n", median(validate), min(validate));
        System.out.printf("retained heap for loaded+evaluated config: %.1f MiB (kept %d objects)%n", retained / 1048576.0, keep.size());
        System.out.printf("max heap %d MiB, java %s%n", rt.maxMemory() / 1048576, System.getProperty("java.version"));
        System.out.println("configuration left in " + dir + " (try: bin/sslform -chdir=" + dir + " validate)");
    }

    private static void validate(ConfigLoader loader, LoadRequest req) {
        LoadResult r = loader.load(req);
        r.configuration().evaluator().evaluate(Map.of(), r.diagnostics());
    }

    private static long generate(Path dir, int resources, String format) throws IOException {
        long bytes = 0;
        Files.writeString(dir.resolve("main.tf"), """
                provider "tencentcloud" {
                  region = var.region
                }
                variable "region" {
                  default = "ap-guangzhou"
                }
                locals {
                  renew = 30
                  mode  = "enable"
                }
                """);
        int perFile = resources / 10;
        for (int f = 0; f < 10; f++) {
            StringBuilder sb = new StringBuilder();
            for (int i = f * perFile; i < (f + 1) * perFile; i++) {
                if (format.equals("yaml")) {
                    sb.append(i == f * perFile ? "resource:\n  tencentcloud_sqlserver_db_instance_ssl_config:\n" : "")
                            .append("    r").append(i).append(":\n")
                            .append("      instance_id: mssql-").append(String.format("%08d", i)).append('\n')
                            .append("      encryption: ${local.mode}\n      wait_switch: ").append(i % 2).append('\n')
                            .append("      renew_before_days: ${local.renew + ").append(i % 7).append("}\n")
                            .append("      timeouts:\n        create: 45m\n");
                } else {
                    sb.append("resource \"tencentcloud_sqlserver_db_instance_ssl_config\" \"r").append(i).append("\" {\n")
                            .append("  instance_id       = \"mssql-").append(String.format("%08d", i)).append("\"\n")
                            .append("  encryption        = local.mode\n")
                            .append("  wait_switch       = ").append(i % 2).append('\n')
                            .append("  renew_before_days = local.renew + ").append(i % 7).append('\n')
                            .append("  cmk_region        = \"${var.region}-kms\"\n")
                            .append("  timeouts {\n    create = \"45m\"\n  }\n}\n\n");
                }
            }
            Path file = dir.resolve("ssl-" + f + (format.equals("yaml") ? ".tf.yaml" : ".tf"));
            Files.writeString(file, sb.toString());
            bytes += Files.size(file);
        }
        return bytes;
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private static double median(long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }

    private static double min(long[] ns) {
        return Arrays.stream(ns).min().orElse(0) / 1e6;
    }
}
