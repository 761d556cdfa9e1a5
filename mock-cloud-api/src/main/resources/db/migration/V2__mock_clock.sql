-- V2: the manual clock's reading, so a restarted mockcloud resumes where its virtual time stood
-- instead of going back to --clock-start. One row (id = 1), created here with no reading yet.
-- The reading only grows: processes sharing a database each save theirs, and the greatest wins.

CREATE TABLE mock_clock (
    id      INTEGER NOT NULL PRIMARY KEY,
    now_us  BIGINT,
    CONSTRAINT mock_clock_one_row CHECK (id = 1)
);

INSERT INTO mock_clock (id, now_us) VALUES (1, NULL);
