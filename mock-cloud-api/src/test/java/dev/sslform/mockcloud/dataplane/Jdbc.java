package dev.sslform.mockcloud.dataplane;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** mssql-jdbc connection strings and the seed's verification query. */
final class Jdbc {
    static final String QUERY = "SELECT ENCRYPT_OPTION FROM SYS.DM_EXEC_CONNECTIONS WHERE SESSION_ID = @@SPID";

    private Jdbc() {
    }

    static String url(String host, int port, String encrypt, Path trustStore) {
        StringBuilder sb = new StringBuilder("jdbc:sqlserver://").append(host).append(':').append(port)
                .append(";encrypt=").append(encrypt).append(";loginTimeout=10;socketTimeout=20000")
                .append(";user=sa;password=MockCloud#1");
        if (trustStore != null) {
            sb.append(";trustServerCertificate=false;trustStore=").append(trustStore).append(";trustStorePassword=tencentdb");
        }
        return sb.toString();
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url);
    }

    static String encryptOption(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(QUERY)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
