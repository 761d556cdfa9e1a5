package dev.sslform.mockcloud.dataplane;

import java.util.HashMap;
import java.util.Map;

/**
 * Turns a request into the token stream a SQL Server would answer with, for one session: a
 * batch gets its result and DONE; {@code sp_executesql}, {@code sp_prepexec} and
 * {@code sp_execute} get the result inside DONEINPROC, RETURNSTATUS and DONEPROC
 * ({@code sp_prepexec} also hands back its handle as a RETURNVALUE); anything else gets an
 * ERROR token, never a dropped connection.
 */
final class Responder {
    /** The error number of a statement the endpoint does not implement (user-defined range). */
    // Deviation: a real server would run the statement; 50000 marks "not implemented by the mock".
    static final int NOT_IMPLEMENTED = 50000;

    private final boolean encrypted;
    private final int spid;
    private final Map<Integer, String> prepared = new HashMap<>();
    private int nextHandle = 1;

    Responder(boolean encrypted, int spid) {
        this.encrypted = encrypted;
        this.spid = spid;
    }

    byte[] answer(SqlRequest r) {
        TokenWriter w = new TokenWriter();
        if (r.text() != null) {
            result(w, r.text(), TokenWriter.DONE);
            return w.toByteArray();
        }
        int id = r.procId() != 0 ? r.procId() : idOfName(r.procName());
        switch (id) {
            case SqlRequest.SP_EXECUTESQL -> proc(w, string(r, 0), -1);
            case SqlRequest.SP_PREPEXEC -> {
                String sql = string(r, 2);
                int handle = nextHandle++;
                if (sql != null) {
                    prepared.put(handle, sql);
                }
                proc(w, sql, handle);
            }
            case SqlRequest.SP_PREPARE -> {
                String sql = string(r, 2);
                int handle = nextHandle++;
                if (sql != null) {
                    prepared.put(handle, sql);
                }
                w.returnStatus(0).returnValueInt(0, "@handle", handle).done(TokenWriter.DONEPROC, 0, 0, 0);
            }
            case SqlRequest.SP_EXECUTE -> {
                Object h = r.params().isEmpty() ? null : r.params().get(0);
                proc(w, h instanceof Integer i ? prepared.get(i) : null, -1);
            }
            case SqlRequest.SP_UNPREPARE -> {
                if (!r.params().isEmpty() && r.params().get(0) instanceof Integer i) {
                    prepared.remove(i);
                }
                w.returnStatus(0).done(TokenWriter.DONEPROC, 0, 0, 0);
            }
            default -> w.error(2812, 62, 16, "Could not find stored procedure '"
                            + (r.procName() != null ? r.procName() : "#" + r.procId()) + "'. mockcloud's data plane runs only "
                            + "sp_executesql, sp_prepexec, sp_prepare, sp_execute and sp_unprepare.")
                    .done(TokenWriter.DONEPROC, TokenWriter.DONE_ERROR, 0, 0);
        }
        return w.toByteArray();
    }

    /** DONE with DONE_ATTN: the acknowledgement of an attention (cancel). */
    static byte[] attentionAck() {
        return new TokenWriter().done(TokenWriter.DONE, TokenWriter.DONE_ATTN, 0, 0).toByteArray();
    }

    private void proc(TokenWriter w, String sql, int handle) {
        if (sql == null) {
            w.error(8144, 2, 16, "mockcloud's data plane could not read the statement of this RPC.")
                    .done(TokenWriter.DONEPROC, TokenWriter.DONE_ERROR, 0, 0);
            return;
        }
        boolean ok = result(w, sql, TokenWriter.DONEINPROC);
        w.returnStatus(ok ? 0 : 1);
        if (handle >= 0) {
            w.returnValueInt(0, "@handle", handle);
        }
        w.done(TokenWriter.DONEPROC, ok ? 0 : TokenWriter.DONE_ERROR, 0, 0);
    }

    /** Writes the statement's result ending with a {@code doneToken}; false if it was an error. */
    private boolean result(TokenWriter w, String sql, int doneToken) {
        int count = TokenWriter.DONE_COUNT;
        switch (Statements.classify(sql)) {
            case ENCRYPT_OPTION -> w.columnMetadata("ENCRYPT_OPTION", 40, false).rowNVarChar(encrypted ? "TRUE" : "FALSE")
                    .done(doneToken, count, TokenWriter.CMD_SELECT, 1);
            case VERSION -> w.columnMetadata("", 300, true).rowNVarChar(Statements.VERSION_TEXT)
                    .done(doneToken, count, TokenWriter.CMD_SELECT, 1);
            case SPID -> w.columnMetadata("", 0, false).rowInt(spid).done(doneToken, count, TokenWriter.CMD_SELECT, 1);
            case ONE -> w.columnMetadata("", 0, false).rowInt(1).done(doneToken, count, TokenWriter.CMD_SELECT, 1);
            case SET_ONLY -> w.done(doneToken, 0, 0, 0);
            case UNSUPPORTED -> {
                String shown = sql.strip();
                if (shown.length() > 120) {
                    shown = shown.substring(0, 120) + "…";
                }
                w.error(NOT_IMPLEMENTED, 1, 16, "mockcloud's data plane does not implement this statement: " + shown
                                + ". It answers SELECT ENCRYPT_OPTION FROM SYS.DM_EXEC_CONNECTIONS WHERE SESSION_ID = @@SPID, "
                                + "SELECT @@VERSION, SELECT @@SPID, SELECT 1 and SET statements.")
                        .done(doneToken, TokenWriter.DONE_ERROR, 0, 0);
                return false;
            }
            default -> throw new IllegalStateException();
        }
        return true;
    }

    private static String string(SqlRequest r, int index) {
        return index < r.params().size() && r.params().get(index) instanceof String s ? s : null;
    }

    private static int idOfName(String name) {
        if (name == null) {
            return 0;
        }
        return switch (name.toLowerCase(java.util.Locale.ROOT).replace("[", "").replace("]", "").replace("sys.", "")) {
            case "sp_executesql" -> SqlRequest.SP_EXECUTESQL;
            case "sp_prepexec" -> SqlRequest.SP_PREPEXEC;
            case "sp_prepare" -> SqlRequest.SP_PREPARE;
            case "sp_execute" -> SqlRequest.SP_EXECUTE;
            case "sp_unprepare" -> SqlRequest.SP_UNPREPARE;
            default -> 0;
        };
    }
}
