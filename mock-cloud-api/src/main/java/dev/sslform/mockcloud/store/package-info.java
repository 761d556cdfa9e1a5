/**
 * The persistence adapter: {@link dev.sslform.mockcloud.store.JdbiStore} implements the
 * {@link dev.sslform.mockcloud.core.Store} port over JDBI for H2 and PostgreSQL with one schema,
 * applied by {@link dev.sslform.mockcloud.store.Migrations} from {@code db/migration/V<n>__*.sql},
 * and all SQL in {@link dev.sslform.mockcloud.store.Sql}, where the few dialect differences are
 * spelled out.
 *
 * <p>Owns: the schema, the migrations, the connection pool and the row mapping. May import
 * {@code core}, JDBI and JDBC; may not import {@code http} or {@code cert}, Javalin or Bouncy
 * Castle.
 */
package dev.sslform.mockcloud.store;
