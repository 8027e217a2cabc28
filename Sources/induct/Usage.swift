enum Usage {
    static let main = """
    Usage: induct <command> [options]

    Induct manages the statutory induction of early career teachers for an appropriate body.

    Commands:
      serve     Serve the web application
      migrate   Apply pending database migrations and exit
      demo      Migrate, then seed a demo appropriate body (once)
      check     Check the templates, static files and database, then exit
      user add  Invite a person with a role and print their invitation link
      backup    Copy the database, consistently, while the server runs
      restore   Put a checked backup in the database's place (server stopped)
      retention List (or --apply: remove) ECT records kept six years past the end of induction

    Run 'induct <command> --help' for a command's options.
    """

    static let serve = """
    Usage: induct serve [--db PATH] [--host ADDRESS] [--port N] [--workers N] [--templates DIR] [--public DIR]
                        [--base-url URL] [--trusted-proxy ADDRESS] [--reminders-at HH:MM]
                        [--backup-dir DIR] [--backup-keep N] [--sendmail COMMAND]

    Checks every setting, migrates the database if needed, then serves HTTP until SIGTERM or SIGINT.
    Each setting is a flag or its INDUCT_* environment variable; the flag wins. Logs go to stderr,
    one key=value line per event.

    """ + settingLines(Setting.serve)

    static func settingLines(_ settings: [Setting]) -> String {
        settings.map(\.helpLine).joined(separator: "\n")
    }

    static let retention = """
    Usage: induct retention [--db PATH] [--apply]

    Lists the ECT records whose induction ended more than six years ago (SG 2.77, 5.3): id, masked TRN,
    school and the day induction ended. Nothing changes without --apply.

    """ + "\n" + Setting.db.helpLine + """

      --apply           remove each listed record, one transaction each: its reports, evidence,
                        absences and every other row that names the ECT, with audit details replaced
                        by "[removed under retention]" and one retention.applied event kept; then
                        purge sent emails older than 30 days and sign-in throttles older than a day
    """

    static let migrate = """
    Usage: induct migrate [--db PATH]

    Applies pending migrations, prints their names, and exits.

    """ + "\n" + Setting.db.helpLine

    static let demo = """
    Usage: induct demo [--db PATH] [--accounts-csv FILE] [--password PASSWORD] [--scale large [--ects N]]

    Migrates, then seeds one appropriate body with 3 schools and 12 ECTs, a demo account for every
    role at each school, and their progress reviews and formal assessments so far, in every state
    from draft to accepted. Data already there is left unchanged. Report emails link to
    INDUCT_BASE_URL (default http://127.0.0.1:8080).

      --db PATH            SQLite database file (env INDUCT_DB; default data/induct.sqlite)
      --accounts-csv FILE  write the demo sign-ins (role, email, school URN, password) to FILE
      --password PASSWORD  the demo accounts' password (default induct-demo-2026)
      --scale large        instead of the 3 schools' reports, add 1,000 schools and 10,000 ECTs with
                           their staff and about three years of reports in every state, for
                           measuring (make bench); every scale account has the demo password
      --ects N             with --scale: N ECTs instead of 10,000, ten to a school
    """

    static let user = """
    Usage: induct user add --email EMAIL --name NAME --role ROLE [--school URN] [--db PATH] [--base-url URL]

    Gives a person a role (creating their account if needed) and prints the invitation link that
    lets them set a password. Roles: ab_admin, ab_officer, headteacher, induction_lead,
    induction_tutor, mentor, school_admin (school roles need --school).


    """ + Setting.db.helpLine + """

      --base-url URL    the address people use, for the link (env INDUCT_BASE_URL; default http://127.0.0.1:8080)
    """

    static let check = """
    Usage: induct check [--db PATH] [--templates DIR] [--public DIR] [any other serve setting]

    Checks what 'induct serve' would start with, without serving: every setting (flags and INDUCT_*
    variables, as serve reads them), the templates (parsed, partials found), the static files, and the
    database: PRAGMA integrity_check, and that its migrations are this version's, none pending.
    Prints one line per check; exits 0 when all pass and 1 otherwise.

    """ + settingLines(Setting.serve)

    static let backup = """
    Usage: induct backup PATH [--db DB] [--force]

    Copies the database to PATH through SQLite's online backup, a few pages at a time, while the
    server keeps serving; checks the copy with PRAGMA integrity_check and prints its size and pages.
    Refuses to overwrite PATH unless --force.

    """ + "\n" + Setting.db.helpLine + """

      --force           replace PATH if it exists
    """

    static let restore = """
    Usage: induct restore BACKUP --db DB

    Checks BACKUP with PRAGMA integrity_check, keeps the current database as DB.before-restore and
    puts the backup in its place. Refuses while a server has DB open, and refuses a backup that
    fails its check. Stop the server first; start it again afterwards. DB must be given as --db
    (INDUCT_DB is not read here, so a restore never replaces a file by accident).
    """
}
