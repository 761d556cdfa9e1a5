-- A second migration used only by the tests, to show an existing database being upgraded.
CREATE TABLE test_extra (
    id    INTEGER NOT NULL PRIMARY KEY,
    label VARCHAR(32)
);

INSERT INTO test_extra (id, label) VALUES (1, 'upgraded');
