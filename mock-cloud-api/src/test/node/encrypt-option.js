// Connects with tedious and prints the seed's ENCRYPT_OPTION query result, or the error.
// Usage: node encrypt-option.js HOST PORT ENCRYPT(true|strict|false) CA_PEM|- USER PASSWORD [SERVER_NAME]
// Exit 0 with the value on stdout; exit 1 with the error on stderr.
'use strict';
const fs = require('fs');
const { Connection, Request } = require('tedious');

const [host, port, encrypt, caFile, user, password, serverName] = process.argv.slice(2);
const options = {
  port: Number(port),
  encrypt: encrypt === 'strict' ? 'strict' : encrypt === 'true',
  trustServerCertificate: false,
  connectTimeout: 10000,
  requestTimeout: 10000,
  database: 'master',
};
if (caFile && caFile !== '-') {
  options.cryptoCredentialsDetails = { ca: fs.readFileSync(caFile) };
}
if (serverName) {
  options.serverName = serverName;
}
const connection = new Connection({
  server: host,
  authentication: { type: 'default', options: { userName: user, password } },
  options,
});
const fail = (err) => {
  process.stderr.write(String(err && (err.message || err)) + '\n');
  process.exit(1);
};
connection.on('connect', (err) => {
  if (err) {
    fail(err);
    return;
  }
  let value = null;
  const request = new Request(
    'SELECT ENCRYPT_OPTION FROM SYS.DM_EXEC_CONNECTIONS WHERE SESSION_ID = @@SPID',
    (e) => {
      if (e) {
        fail(e);
        return;
      }
      process.stdout.write(value + '\n');
      connection.close();
    });
  request.on('row', (columns) => { value = columns[0].value; });
  // execSql sends an RPC (sp_executesql); execSqlBatch a SQL batch. Both are exercised.
  if (process.env.TEDIOUS_BATCH === '1') {
    connection.execSqlBatch(request);
  } else {
    connection.execSql(request);
  }
});
connection.on('end', () => process.exit(process.exitCode || 0));
connection.connect();
