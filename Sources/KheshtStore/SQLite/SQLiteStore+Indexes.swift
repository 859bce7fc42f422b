import GRDB

extension SQLiteStore {
    /// The names of the indexes on `quads` and `labels`, sorted: what a load that drops and rebuilds indexes
    /// (`GraphLoader.deferIndexes`) must leave as it found.
    func indexNames() throws -> [String] {
        try read("list indexes") { db in
            try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('quads', 'labels') AND sql IS NOT NULL
                ORDER BY name
                """)
        }
    }
}
