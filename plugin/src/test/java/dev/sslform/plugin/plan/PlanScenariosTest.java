package dev.sslform.plugin.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sslform.plugin.cli.ConfigSource;
import dev.sslform.plugin.provider.TencentCloudProvider;
import dev.sslform.plugin.state.State;
import dev.sslform.plugin.state.StateCodec;
import dev.sslform.plugin.testkit.FakeClock;
import dev.sslform.plugin.testkit.FakeCloud;
import dev.sslform.plugin.testkit.FakeSleeper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Planner scenarios, one fixture folder each ({@code testdata/plan-<scenario>/}): the
 * configuration ({@code main.tf.yaml} in Terraform-JSON-shaped YAML or {@code main.tf} in HCL, loaded
 * by the configuration language), {@code state.json} (prior state, optional),
 * {@code remote.yaml.in} (the instances the fake cloud serves, its clock and the plan mode; not
 * {@code .tf.yaml}, so the configuration loader skips it) and {@code expected.txt} (the rendered plan,
 * the exit code {@code -detailed-exitcode} would give, then the API calls made). Compared exactly;
 * run with {@code -Dgolden.update=true} to rewrite the expected files.
 */
class PlanScenariosTest {

    static final Path ROOT = Path.of("src/test/resources/testdata");

    @TestFactory
    Stream<DynamicTest> every_plan_fixture_renders_its_expected_plan() throws Exception {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(ROOT)) {
            dirs = s.filter(p -> p.getFileName().toString().startsWith("plan-")).sorted().toList();
        }
        return dirs.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> run(dir)));
    }

    static String render(Path dir) throws Exception {
        FakeCloud cloud = new FakeCloud(dir.resolve("remote.yaml.in"));
        FakeClock clock = new FakeClock(cloud.now);
        TencentCloudProvider provider = new TencentCloudProvider(cloud, clock, new FakeSleeper(clock));
        ConfigSource config = ConfigSource.load(dir, List.of(), Map.of());
        if (config.diagnostics().hasErrors()) {
            throw new AssertionError(config.diagnostics().toString());
        }
        Path statePath = dir.resolve("state.json");
        State prior = Files.exists(statePath) ? StateCodec.decode(Files.readAllBytes(statePath), statePath.toString()) : State.empty();
        List<String> progress = new ArrayList<>();
        // One worker: the fixture lists the API calls in order, which parallel reads would not keep.
        Plan plan = new Planner(provider, 1).plan(config, prior, "destroy".equals(cloud.mode) ? PlanMode.DESTROY : PlanMode.NORMAL, progress::add);
        StringBuilder out = new StringBuilder();
        progress.forEach(l -> out.append(l).append('\n'));
        out.append(PlanText.render(plan));
        out.append("\n--- exit code with -detailed-exitcode: ").append(plan.hasErrors() ? 1 : plan.hasChanges() ? 2 : 0).append('\n');
        out.append("--- API calls:\n");
        cloud.calls().forEach(c -> out.append(c).append('\n'));
        return out.toString();
    }

    private static void run(Path dir) throws Exception {
        String actual = render(dir);
        Path expected = dir.resolve("expected.txt");
        if (Boolean.getBoolean("golden.update") || !Files.exists(expected)) {
            Files.writeString(expected, actual);
        }
        assertEquals(Files.readString(expected), actual, dir.getFileName().toString());
    }
}
