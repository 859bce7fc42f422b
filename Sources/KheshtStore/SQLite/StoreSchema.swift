import GRDB

/// The SQLite schema, built by GRDB migrations (recorded in `grdb_migrations`) and mirrored in `PRAGMA user_version`
/// so tools without GRDB can read the version too.
///
/// Layout: a `terms` dictionary; `quads` holding integer ids only (graph 0 is the default graph), clustered on
/// SPOG with covering indexes POSG, OSPG and GSPO so every pattern has an index with its bound positions as a
/// prefix; `labels` with one row per label quad keyed for prefix search; `provenance` with one row per record.
enum StoreSchema {
    /// The version this build writes; stored in `PRAGMA user_version`.
    static let version = 1

    static let migrationIdentifiers = ["v1-terms-quads-labels-provenance"]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(migrationIdentifiers[0]) { db in
            try db.execute(sql: """
                CREATE TABLE terms (
                    id INTEGER PRIMARY KEY,
                    kind INTEGER NOT NULL,
                    value TEXT NOT NULL,
                    datatype TEXT NOT NULL DEFAULT '',
                    language TEXT NOT NULL DEFAULT ''
                );
                CREATE UNIQUE INDEX terms_identity ON terms(value, kind, datatype, language);

                CREATE TABLE quads (
                    s INTEGER NOT NULL,
                    p INTEGER NOT NULL,
                    o INTEGER NOT NULL,
                    g INTEGER NOT NULL,
                    PRIMARY KEY (s, p, o, g)
                ) WITHOUT ROWID;
                CREATE INDEX quads_posg ON quads(p, o, s, g);
                CREATE INDEX quads_ospg ON quads(o, s, p, g);
                CREATE INDEX quads_gspo ON quads(g, s, p, o);

                -- Key columns first: SQLite 3.40's integrity_check misreports NOT NULL columns declared
                -- before the primary key of a WITHOUT ROWID table as NULL.
                CREATE TABLE labels (
                    subject INTEGER NOT NULL,
                    p INTEGER NOT NULL,
                    o INTEGER NOT NULL,
                    g INTEGER NOT NULL,
                    label_key TEXT NOT NULL,
                    label TEXT NOT NULL,
                    PRIMARY KEY (subject, p, o, g)
                ) WITHOUT ROWID;
                CREATE INDEX labels_by_key ON labels(label_key, subject);
                CREATE INDEX labels_by_graph ON labels(g);

                CREATE TABLE provenance (
                    id INTEGER PRIMARY KEY,
                    s INTEGER NOT NULL,
                    p INTEGER NOT NULL,
                    o INTEGER NOT NULL,
                    g INTEGER NOT NULL,
                    article INTEGER NOT NULL,
                    sentence INTEGER NOT NULL,
                    char_start INTEGER NOT NULL,
                    char_end INTEGER NOT NULL,
                    rule_id TEXT NOT NULL,
                    confidence REAL NOT NULL
                );
                CREATE INDEX provenance_by_quad ON provenance(s, p, o, g);
                CREATE INDEX provenance_by_graph ON provenance(g);

                PRAGMA user_version = 1;
                """)
        }
        return migrator
    }
}
