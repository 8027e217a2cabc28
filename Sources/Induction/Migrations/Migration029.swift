/// Issue 12: the AB's search finds names through full-text indexes of the ECTs' and schools' names
/// (FTS5, kept in step by triggers), so a search costs the same at 100,000 ECTs as at 10,000; a
/// `LIKE '%…%'` read every name. Each word of a query matches the start of a word of a name.
enum Migration029 {
    static let sql = """
    CREATE VIRTUAL TABLE ect_name_search USING fts5(first_name, last_name, content = 'ects', content_rowid = 'id',
                                                    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
    INSERT INTO ect_name_search (ect_name_search) VALUES ('rebuild');
    CREATE TRIGGER ects_search_insert AFTER INSERT ON ects BEGIN
        INSERT INTO ect_name_search (rowid, first_name, last_name) VALUES (new.id, new.first_name, new.last_name);
    END;
    CREATE TRIGGER ects_search_delete AFTER DELETE ON ects BEGIN
        INSERT INTO ect_name_search (ect_name_search, rowid, first_name, last_name) VALUES ('delete', old.id, old.first_name, old.last_name);
    END;
    CREATE TRIGGER ects_search_update AFTER UPDATE OF first_name, last_name ON ects BEGIN
        INSERT INTO ect_name_search (ect_name_search, rowid, first_name, last_name) VALUES ('delete', old.id, old.first_name, old.last_name);
        INSERT INTO ect_name_search (rowid, first_name, last_name) VALUES (new.id, new.first_name, new.last_name);
    END;

    CREATE VIRTUAL TABLE school_name_search USING fts5(name, content = 'schools', content_rowid = 'id',
                                                       tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
    INSERT INTO school_name_search (school_name_search) VALUES ('rebuild');
    CREATE TRIGGER schools_search_insert AFTER INSERT ON schools BEGIN
        INSERT INTO school_name_search (rowid, name) VALUES (new.id, new.name);
    END;
    CREATE TRIGGER schools_search_delete AFTER DELETE ON schools BEGIN
        INSERT INTO school_name_search (school_name_search, rowid, name) VALUES ('delete', old.id, old.name);
    END;
    CREATE TRIGGER schools_search_update AFTER UPDATE OF name ON schools BEGIN
        INSERT INTO school_name_search (school_name_search, rowid, name) VALUES ('delete', old.id, old.name);
        INSERT INTO school_name_search (rowid, name) VALUES (new.id, new.name);
    END;
    """
}
