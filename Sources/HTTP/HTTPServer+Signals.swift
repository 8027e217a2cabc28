import CEpoll
import Foundation
import Glibc

extension HTTPServer {
    /// SIGTERM and SIGINT start a graceful shutdown; SIGPIPE is ignored.
    /// The C handler only writes to an eventfd (async-signal-safe); a thread waits on it.
    public func installSignalHandlers() {
        signal(SIGPIPE, SIG_IGN)
        guard !signalsInstalled.exchange(true, ordering: .acquiringAndReleasing) else { return }
        let fd = eventfd(0, Int32(EFD_CLOEXEC))
        guard fd >= 0, cepoll_install_signal_fd(fd) == 0 else { return }
        let thread = Thread { [self] in
            var value: UInt64 = 0
            while read(fd, &value, 8) < 0 && errno == EINTR {}
            shutdown()
        }
        thread.name = "http-signals"
        thread.start()
    }
}
