package dev.sslform.plugin.config;

import dev.sslform.plugin.provider.TencentCloudSchemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes configuration text into a directory and loads it. */
final class ConfigFixture {
    private ConfigFixture() {
    }

    static Path write(Path dir, String name, String text) {
        try {
            Files.writeString(dir.resolve(name), text);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LoadResult load(LoadRequest req) {
        return new ConfigLoader(TencentCloudSchemas.schema()).load(req);
    }
}
