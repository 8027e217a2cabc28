import Dispatch
import Glibc

/// Runs `/bin/sh -c command` with bytes on stdin, collecting stderr. The child leads its own process
/// group, so a command that outlives `timeout` is killed together with everything it started.
struct ShellCommand: Sendable {
    struct Outcome: Sendable, Equatable {
        var exitStatus: Int32?
        var signal: Int32?
        var timedOut = false
        var standardError = ""
        var startFailure: String?

        var succeeded: Bool { exitStatus == 0 && !timedOut && startFailure == nil }

        /// "exit status 3: sendmail: cannot connect" (the outbox cleans it to one line).
        var summary: String {
            var parts: [String] = []
            if let startFailure { parts.append(startFailure) }
            if timedOut { parts.append("timed out and was killed") }
            else if let exitStatus { parts.append("exit status \(exitStatus)") }
            else if let signal { parts.append("killed by signal \(signal)") }
            if !standardError.isEmpty { parts.append(standardError) }
            return parts.joined(separator: ": ")
        }
    }

    static let standardErrorLimit = 4096

    let command: String
    let timeout: Double

    func run(input: [UInt8]) -> Outcome {
        var toChild: [Int32] = [-1, -1]
        var fromChild: [Int32] = [-1, -1]
        guard Self.makePipe(&toChild) else { return Outcome(startFailure: "cannot create a pipe") }
        guard Self.makePipe(&fromChild) else {
            toChild.forEach { close($0) }
            return Outcome(startFailure: "cannot create a pipe")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 2)
        if let closeFrom = Self.closeFrom { _ = closeFrom(&actions, 3) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaultSignals = sigset_t()
        sigemptyset(&defaultSignals)
        sigaddset(&defaultSignals, SIGPIPE)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/sh"), strdup("-c"), strdup(command), nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, environ)
        close(toChild[0])
        close(fromChild[1])
        guard code == 0 else {
            close(toChild[1])
            close(fromChild[0])
            return Outcome(startFailure: "cannot start /bin/sh: \(String(cString: strerror(code)))")
        }
        return supervise(pid, input: input, stdin: toChild[1], stderr: fromChild[0])
    }

    private func supervise(_ pid: pid_t, input: [UInt8], stdin: Int32, stderr: Int32) -> Outcome {
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(timeout, 0) * 1_000_000_000)
        var inputFD: Int32 = stdin
        var errorFD: Int32 = stderr
        _ = fcntl(stdin, F_SETFL, fcntl(stdin, F_GETFL) | O_NONBLOCK)
        _ = fcntl(stderr, F_SETFL, fcntl(stderr, F_GETFL) | O_NONBLOCK)
        var written = 0
        var errors: [UInt8] = []
        var status: Int32 = 0
        var outcome = Outcome()
        if input.isEmpty { close(inputFD); inputFD = -1 }

        while true {
            if waitpid(pid, &status, WNOHANG) == pid { break }
            if DispatchTime.now().uptimeNanoseconds >= deadline {
                kill(-pid, SIGKILL)
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
                outcome.timedOut = true
                break
            }
            var fds: [pollfd] = []
            if inputFD >= 0 { fds.append(pollfd(fd: inputFD, events: Int16(POLLOUT), revents: 0)) }
            if errorFD >= 0 { fds.append(pollfd(fd: errorFD, events: Int16(POLLIN), revents: 0)) }
            if fds.isEmpty { usleep(5_000); continue }
            guard poll(&fds, nfds_t(fds.count), 20) > 0 else { continue }
            for entry in fds where entry.revents != 0 {
                if entry.fd == inputFD {
                    let count = Self.writeIgnoringSIGPIPE(inputFD, input, from: written)
                    if count > 0 { written += count }
                    if written == input.count || (count < 0 && errno != EAGAIN && errno != EINTR) {
                        close(inputFD)
                        inputFD = -1
                    }
                } else if entry.fd == errorFD, !Self.readAvailable(errorFD, into: &errors) {
                    close(errorFD)
                    errorFD = -1
                }
            }
        }
        if inputFD >= 0 { close(inputFD) }
        if errorFD >= 0 {
            _ = Self.readAvailable(errorFD, into: &errors)
            close(errorFD)
        }
        if status & 0x7f == 0 { outcome.exitStatus = (status >> 8) & 0xff } else { outcome.signal = status & 0x7f }
        if outcome.timedOut { outcome.exitStatus = nil }
        outcome.standardError = String(decoding: errors, as: UTF8.self)
        return outcome
    }

    private static func makePipe(_ fds: inout [Int32]) -> Bool {
        guard pipe(&fds) == 0 else { return false }
        fds.forEach { _ = fcntl($0, F_SETFD, FD_CLOEXEC) }
        return true
    }

    /// glibc 2.34+ closes every other descriptor in the child, so the command inherits no socket or
    /// database file; Swift's Glibc module does not import the GNU extension, so look it up.
    private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private static let closeFrom: CloseFrom? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(symbol, to: CloseFrom.self)
    }()

    /// Reads what is there now; false at end of file or on an error other than "try again".
    private static func readAvailable(_ fd: Int32, into buffer: inout [UInt8]) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(fd, &chunk, chunk.count)
            if count > 0 {
                buffer.append(contentsOf: chunk[0..<min(count, max(0, standardErrorLimit - buffer.count))])
                continue
            }
            if count < 0 && (errno == EAGAIN || errno == EINTR) { return true }
            return false
        }
    }

    /// A command that exits without reading its input would raise SIGPIPE; block it on this thread
    /// for the write and consume it, so the process neither dies nor changes its signal handling.
    private static func writeIgnoringSIGPIPE(_ fd: Int32, _ bytes: [UInt8], from offset: Int) -> Int {
        var pipeSignal = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
        let count = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
        let writeErrno = errno
        if count < 0 && writeErrno == EPIPE {
            var timeout = timespec(tv_sec: 0, tv_nsec: 0)
            _ = sigtimedwait(&pipeSignal, nil, &timeout)
        }
        pthread_sigmask(SIG_SETMASK, &previous, nil)
        errno = writeErrno
        return count
    }
}
