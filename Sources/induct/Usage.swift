enum Usage {
    static let main = """
    Usage: induct <command> [options]

    Induct manages the statutory induction of early career teachers for an appropriate body.

    Commands:
      serve     Serve the web application
      migrate   Apply pending database migrations and exit
      demo      Migrate, then seed a demo appropriate body (once)
      check     Check the templates, static files and database, then exit

    Run 'induct <command> --help' for a command's options.
    """

    static let serve = """
    Usage: induct serve [--db PATH] [--host ADDRESS] [--port N] [--workers N] [--templates DIR] [--public DIR]

    Migrates the database if needed, then serves HTTP until SIGTERM or SIGINT.

      --db PATH         SQLite database file (env INDUCT_DB; default data/induct.sqlite)
      --host ADDRESS    address to listen on (env INDUCT_HOST; default 127.0.0.1)
      --port N          port to listen on, 0 for any (env INDUCT_PORT; default 8080)
      --workers N       worker threads for requests (env INDUCT_WORKERS; default 2 per core, at least 4)
      --templates DIR   HTML templates (env INDUCT_TEMPLATES; default Templates)
      --public DIR      static files served under /static/ (env INDUCT_PUBLIC; default Public)
    """

    static let migrate = """
    Usage: induct migrate [--db PATH]

    Applies pending migrations, prints their names, and exits.

      --db PATH   SQLite database file (env INDUCT_DB; default data/induct.sqlite)
    """

    static let demo = """
    Usage: induct demo [--db PATH]

    Migrates, then seeds one appropriate body with 3 schools and 12 ECTs. A database that already
    has an appropriate body is left unchanged.

      --db PATH   SQLite database file (env INDUCT_DB; default data/induct.sqlite)
    """

    static let check = """
    Usage: induct check [--db PATH] [--templates DIR] [--public DIR]

    Parses every template, loads the static files and, with --db, checks the database is migrated.
    Exits 0 when all is well and 1 with the problem otherwise.
    """
}
