package dev.sslform.mockcloud.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The versioned schema migrations: SQL scripts named {@code V<n>__<description>.sql}, applied in
 * version order, each in its own transaction, and recorded in {@code schema_version}, so a fresh
 * database gets every version and an existing one only the versions it lacks.
 *
 * <p>The list of scripts is written out in {@link #SCRIPTS} rather than discovered, because a
 * classpath folder cannot be listed portably inside a shaded jar. A new migration is a new file
 * plus one line there.
 *
 * <p>Several processes may start on one PostgreSQL database at once: each migration first inserts
 * its {@code schema_version} row, so a second process blocks on that key until the first commits,
 * then sees a unique-key violation, rolls back and moves on. PostgreSQL runs DDL inside the
 * transaction, so a failed migration leaves nothing behind; H2 commits each DDL statement as it
 * runs, so there a failed migration may leave part of its work (H2 is single-process and
 * disposable, so this is accepted).
 */
public final class Migrations {
    /** The schema's scripts under {@code db/migration/}, oldest first. */
    static final List<String> SCRIPTS = List.of(
            "V1__init.sql",
            "V2__mock_clock.sql");

    private static final String LOCATION = "db/migration/";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

    /** One script: its version, description and classpath resource. */
    record Migration(int version, String description, String resource) {
    }

    private final List<Migration> migrations;

    private Migrations(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    /** The schema of this build of mockcloud. */
    public static Migrations schema() {
        return of(LOCATION, SCRIPTS);
    }

    /** Scripts under a classpath folder, in the order given, which must be by rising version. */
    static Migrations of(String location, List<String> scripts) {
        List<Migration> list = new ArrayList<>();
        int last = 0;
        for (String script : scripts) {
            Matcher m = NAME.matcher(script);
            if (!m.matches()) {
                throw new IllegalArgumentException("Migration script \"" + script + "\" is not named V<n>__<description>.sql");
            }
            int version = Integer.parseInt(m.group(1));
            if (version <= last) {
                throw new IllegalArgumentException("Migration " + script + " is out of order: versions must rise");
            }
            last = version;
            list.add(new Migration(version, m.group(2).replace('_', ' '), location + script));
        }
        return new Migrations(list);
    }

    /** Every version this list knows, oldest first. */
    List<Integer> versions() {
        return migrations.stream().map(Migration::version).toList();
    }

    /** Applies the migrations the database lacks; answers the versions applied by this call. */
    public List<Integer> migrate(Jdbi jdbi) {
        createVersionTable(jdbi);
        Set<Integer> applied = applied(jdbi);
        List<Integer> done = new ArrayList<>();
        for (Migration m : migrations) {
            if (applied.contains(m.version())) {
                continue;
            }
            if (apply(jdbi, m)) {
                done.add(m.version());
            }
        }
        return done;
    }

    /**
     * Creates {@code schema_version} unless it exists. On PostgreSQL two processes running
     * {@code CREATE TABLE IF NOT EXISTS} at the same moment can both pass the check and one then
     * fails on the catalogue's unique index; that one finds the table made and goes on.
     */
    private static void createVersionTable(Jdbi jdbi) {
        try {
            jdbi.useHandle(h -> h.execute(Sql.CREATE_SCHEMA_VERSION));
        } catch (JdbiException e) {
            try {
                applied(jdbi);
            } catch (JdbiException again) {
                e.addSuppressed(again);
                throw new IllegalStateException("Cannot create the schema_version table: " + e.getMessage(), e);
            }
        }
    }

    /** The versions recorded in {@code schema_version}. */
    static Set<Integer> applied(Jdbi jdbi) {
        return jdbi.withHandle(h -> new TreeSet<>(h.createQuery(Sql.APPLIED_VERSIONS).mapTo(Integer.class).list()));
    }

    private boolean apply(Jdbi jdbi, Migration m) {
        List<String> statements = statements(read(m.resource()));
        try {
            jdbi.useTransaction(h -> {
                h.createUpdate(Sql.RECORD_VERSION)
                        .bind("version", m.version())
                        .bind("description", m.description())
                        .execute();
                for (String statement : statements) {
                    h.execute(statement);
                }
            });
            return true;
        } catch (JdbiException e) {
            if (isUniqueViolation(e)) {
                return false; // another process applied this version first
            }
            throw new IllegalStateException("Migration " + m.resource() + " failed: " + e.getMessage(), e);
        }
    }

    /** Splits a script into statements at semicolons ending a line; drops {@code --} comment lines. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                out.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String read(String resource) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Migration script " + resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && Sql.UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
