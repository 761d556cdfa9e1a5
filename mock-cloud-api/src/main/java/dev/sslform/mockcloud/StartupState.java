package dev.sslform.mockcloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sslform.mockcloud.core.Account;
import dev.sslform.mockcloud.core.Accounts;
import dev.sslform.mockcloud.core.Instances;
import dev.sslform.mockcloud.core.NewInstance;
import dev.sslform.mockcloud.core.Store;
import dev.sslform.mockcloud.http.InstanceSpecs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The state mockcloud starts from and returns to on {@code /_mock/reset}: the configured key
 * pairs (the default account, {@code --accounts FILE} or the environment) and the
 * {@code --seed FILE} accounts and instances. Both files are read and checked once, at start,
 * so a bad file stops the server before it listens.
 */
final class StartupState {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final List<Account> accounts;
    private final List<JsonNode> seedInstances;
    private final long defaultAppId;

    private StartupState(List<Account> accounts, List<JsonNode> seedInstances) {
        this.accounts = List.copyOf(accounts);
        this.seedInstances = List.copyOf(seedInstances);
        this.defaultAppId = accounts.get(0).appId();
    }

    /** Reads the files named by {@code config}; any problem is an IllegalArgumentException naming the file. */
    static StartupState load(MockCloudConfig config) {
        List<Account> accounts = new ArrayList<>();
        if (config.accountsFile() != null) {
            JsonNode root = read(config.accountsFile());
            accounts.addAll(readAccounts(config.accountsFile(), root.get("accounts"), "config"));
            if (accounts.isEmpty()) {
                throw new IllegalArgumentException(config.accountsFile() + ": accounts must list at least one key pair");
            }
        } else {
            accounts.add(new Account(config.secretId(), config.secretKey(), Account.DEFAULT_APP_ID, "config"));
        }
        List<JsonNode> instances = new ArrayList<>();
        if (config.seedFile() != null) {
            JsonNode root = read(config.seedFile());
            unknown(config.seedFile(), root, Set.of("accounts", "instances"));
            accounts.addAll(readAccounts(config.seedFile(), root.get("accounts"), "config"));
            JsonNode list = root.get("instances");
            if (list != null && !list.isNull()) {
                if (!list.isArray()) {
                    throw new IllegalArgumentException(config.seedFile() + ": instances must be a list");
                }
                int n = 0;
                for (JsonNode i : list) {
                    if (i.get("InstanceId") == null) {
                        throw new IllegalArgumentException(config.seedFile() + ": instances[" + n
                                + "] needs an InstanceId, so that seeding is idempotent across restarts");
                    }
                    instances.add(i);
                    n++;
                }
            }
        }
        return new StartupState(accounts, instances);
    }

    long defaultAppId() {
        return defaultAppId;
    }

    /** Puts the key pairs and the seed instances in place; instances that exist are left alone. */
    void apply(Store store, Accounts accountDirectory, Instances instances) {
        for (Account a : accounts) {
            accountDirectory.put(a);
        }
        for (JsonNode node : seedInstances) {
            NewInstance spec;
            try {
                spec = InstanceSpecs.read(node, secretId -> secretId == null ? defaultAppId
                        : accounts.stream().filter(a -> a.secretId().equals(secretId)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("Account " + secretId + " is not a known SecretId")).appId(), "seed");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("seed instance " + node.get("InstanceId").asText() + ": " + e.getMessage());
            }
            boolean exists = store.transaction(tx -> tx.instance(spec.instanceId()).isPresent());
            if (!exists) {
                instances.create(spec);
            }
        }
    }

    private static JsonNode read(Path file) {
        try {
            JsonNode root = YAML.readTree(Files.readAllBytes(file));
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException(file + ": expected a YAML mapping at the top");
            }
            return root;
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage().split("\n", 2)[0]);
        }
    }

    private static List<Account> readAccounts(Path file, JsonNode list, String origin) {
        List<Account> out = new ArrayList<>();
        if (list == null || list.isNull()) {
            return out;
        }
        if (!list.isArray()) {
            throw new IllegalArgumentException(file + ": accounts must be a list");
        }
        int n = 0;
        for (JsonNode a : list) {
            String where = file + ": accounts[" + n++ + "]";
            unknown(file, a, Set.of("SecretId", "SecretKey", "AppId"));
            JsonNode id = a.get("SecretId");
            JsonNode key = a.get("SecretKey");
            JsonNode app = a.get("AppId");
            if (id == null || !id.isTextual() || id.asText().isBlank() || key == null || !key.isTextual() || key.asText().isEmpty()) {
                throw new IllegalArgumentException(where + " needs SecretId and SecretKey strings");
            }
            if (app == null || !app.canConvertToLong() || app.asLong() <= 0) {
                throw new IllegalArgumentException(where + " needs a positive integer AppId");
            }
            out.add(new Account(id.asText(), key.asText(), app.asLong(), origin));
        }
        return out;
    }

    private static void unknown(Path file, JsonNode node, Set<String> allowed) {
        TreeSet<String> bad = new TreeSet<>();
        node.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                bad.add(f);
            }
        });
        if (!bad.isEmpty()) {
            throw new IllegalArgumentException(file + ": unknown field(s) " + bad + "; allowed: " + new TreeSet<>(allowed));
        }
    }
}
