import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Whether another process has a WAL database open: every SQLite connection to a WAL database holds
/// a shared lock on byte 128 of its `-shm` file (the "DMS" slot in SQLite's os_unix.c) while open.
enum DatabaseInUse {
    static func isOpenElsewhere(_ databasePath: String) throws -> Bool {
        let shm = databasePath + "-shm"
        guard FileManager.default.fileExists(atPath: shm) else { return false }
        let fd = open(shm, O_RDONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var probe = flock()
        probe.l_type = Int16(F_WRLCK)
        probe.l_whence = Int16(SEEK_SET)
        probe.l_start = 128
        probe.l_len = 1
        guard fcntl(fd, F_GETLK, &probe) == 0 else { return false }
        return probe.l_type != Int16(F_UNLCK)
    }
}
