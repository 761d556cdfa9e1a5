package dev.sslform.mockcloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sslform.mockcloud.core.Account;
import dev.sslform.mockcloud.http.Tc3Signer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code mockcloud call}: a small signing client, because curl cannot compute TC3 signatures.
 * Signs the request exactly as the official Java SDK does and prints the {@code Response}.
 */
@Command(name = "call", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Send one signed Tencent Cloud API 3.0 call (sqlserver 2018-03-28) and print the response.",
                "Exit 0 on success, 1 when the response carries an Error, 2 on bad usage or no connection."},
        footer = {"", "Example:", "  mockcloud call DescribeDBInstances '{\"Limit\": 10}'",
                "  mockcloud call ModifyDBInstanceSSL '{\"InstanceId\":\"mssql-demo0001\",\"Type\":\"enable\",\"WaitSwitch\":0}'"})
final class SignedCallCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "ACTION", description = "The action, e.g. DescribeDBInstancesAttribute.")
    String action;

    @Parameters(index = "1", paramLabel = "JSON", defaultValue = "{}", description = "The parameters as a JSON object (default {}).")
    String body;

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = "http://127.0.0.1:9000",
            description = "Where mockcloud (or the real API) listens (default ${DEFAULT-VALUE}).")
    String endpoint;

    @Option(names = "--region", paramLabel = "REGION", defaultValue = "ap-guangzhou", description = "X-TC-Region (default ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--secret-id", paramLabel = "ID", description = "SecretId (default: TENCENTCLOUD_SECRET_ID, else " + Account.DEFAULT_SECRET_ID + ").")
    String secretId;

    @Option(names = "--secret-key", paramLabel = "KEY", description = "SecretKey (default: TENCENTCLOUD_SECRET_KEY, else the mock's default).")
    String secretKey;

    @Override
    public Integer call() throws IOException, InterruptedException {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        try {
            JsonNode parsed = JSON.readTree(payload);
            if (parsed == null || !parsed.isObject()) {
                System.err.println("mockcloud call: JSON must be an object of parameters");
                return 2;
            }
        } catch (IOException e) {
            System.err.println("mockcloud call: JSON is not valid: " + e.getMessage().split("\n", 2)[0]);
            return 2;
        }
        URI uri = URI.create(endpoint.contains("://") ? endpoint : "http://" + endpoint);
        String host = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        String id = secretId != null ? secretId : env("TENCENTCLOUD_SECRET_ID", Account.DEFAULT_SECRET_ID);
        String key = secretKey != null ? secretKey : env("TENCENTCLOUD_SECRET_KEY", Account.DEFAULT_SECRET_KEY);
        // The service label is the endpoint's first dot-separated label, as the official SDKs sign it.
        String service = host.split("\\.", 2)[0];
        long timestamp = System.currentTimeMillis() / 1000;
        Map<String, String> headers = Tc3Signer.sign(host, "application/json; charset=utf-8", payload, id, key, service, timestamp);
        HttpRequest.Builder req = HttpRequest.newBuilder(uri.resolve("/")).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(payload))
                .header("X-TC-Action", action).header("X-TC-Version", "2018-03-28").header("X-TC-Region", region);
        headers.forEach((k, v) -> {
            if (!k.equals("Host")) {
                req.header(k, v);
            }
        });
        HttpResponse<String> resp;
        try {
            resp = HttpClient.newHttpClient().send(req.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            System.err.println("mockcloud call: cannot reach " + uri + ": " + e);
            return 2;
        }
        JsonNode answer = JSON.readTree(resp.body());
        System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(answer));
        return answer.path("Response").has("Error") || resp.statusCode() != 200 ? 1 : 0;
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? fallback : v;
    }
}
