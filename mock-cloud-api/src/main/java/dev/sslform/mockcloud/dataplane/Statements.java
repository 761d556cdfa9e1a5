package dev.sslform.mockcloud.dataplane;

import java.util.Locale;

/**
 * The statements the endpoint answers, recognised from their text: the seed's
 * {@code SELECT ENCRYPT_OPTION FROM SYS.DM_EXEC_CONNECTIONS WHERE SESSION_ID = @@SPID},
 * {@code SELECT @@VERSION}, {@code SELECT @@SPID}, {@code SELECT 1} and batches made only of
 * {@code SET} statements (what drivers send after login). Everything else is unsupported.
 */
enum Statements {
    ENCRYPT_OPTION, VERSION, SPID, ONE, SET_ONLY, UNSUPPORTED;

    static final String VERSION_TEXT = "Microsoft SQL Server 2022 (RTM-CU12) (KB5033663) - 16.0.4135.4 (X64) \n"
            + "\tmockcloud data plane: a TDS endpoint that answers a few statements only\n";

    static Statements classify(String sql) {
        String s = normalise(sql);
        if (s.isEmpty()) {
            return SET_ONLY;
        }
        if (s.startsWith("SELECT ENCRYPT_OPTION FROM SYS.DM_EXEC_CONNECTIONS WHERE SESSION_ID = @@SPID")
                && s.length() == "SELECT ENCRYPT_OPTION FROM SYS.DM_EXEC_CONNECTIONS WHERE SESSION_ID = @@SPID".length()) {
            return ENCRYPT_OPTION;
        }
        switch (s) {
            case "SELECT @@VERSION":
                return VERSION;
            case "SELECT @@SPID":
                return SPID;
            case "SELECT 1":
                return ONE;
            default:
                break;
        }
        for (String part : s.split("[;\\n]")) {
            String p = part.trim();
            if (!p.isEmpty() && !p.startsWith("SET ")) {
                return UNSUPPORTED;
            }
        }
        return SET_ONLY;
    }

    /** Upper case, comments dropped, runs of blanks as one space except line breaks, no trailing semicolons. */
    static String normalise(String sql) {
        String s = sql.replaceAll("--[^\\n]*", " ").replace('\r', '\n').toUpperCase(Locale.ROOT);
        s = s.replaceAll("[ \\t]+", " ").replaceAll(" *\\n[ \\n]*", "\n").trim();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).trim();
        }
        if (!s.contains("\n") || s.startsWith("SELECT")) {
            s = s.replace('\n', ' ').replaceAll(" +", " ");
        }
        return s.replaceAll(" ?= ?", " = ");
    }
}
