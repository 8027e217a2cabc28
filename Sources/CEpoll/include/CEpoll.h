#ifndef CEPOLL_H
#define CEPOLL_H
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <fcntl.h>
#include <errno.h>
#include <unistd.h>
#include <sys/prctl.h>

// Declared here rather than through _GNU_SOURCE, which would make these system headers
// differ from the ones Swift's Glibc module sees (clang then rejects the mixed definitions).
extern int accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags);

// epoll_event is packed on x86_64; wrap it for Swift.
static inline int cepoll_accept4(int fd, struct sockaddr *addr, socklen_t *len) {
    return accept4(fd, addr, len, SOCK_NONBLOCK | SOCK_CLOEXEC);
}

static inline int cepoll_ctl(int epfd, int op, int fd, unsigned int events, unsigned long long data) {
    struct epoll_event ev;
    ev.events = events;
    ev.data.u64 = data;
    return epoll_ctl(epfd, op, fd, &ev);
}

static inline int cepoll_wait(int epfd, unsigned int *events, unsigned long long *data, int max, int timeout) {
    struct epoll_event evs[256];
    if (max > 256) max = 256;
    int n = epoll_wait(epfd, evs, max, timeout);
    for (int i = 0; i < n; i++) {
        events[i] = evs[i].events;
        data[i] = evs[i].data.u64;
    }
    return n;
}

#include <signal.h>
#include <string.h>

// Binds and listens on a numeric IPv4 or IPv6 address; returns the fd or -1 with errno set.
static inline int cepoll_listen(const char *host, int port, int backlog, int *bound_port) {
    struct sockaddr_storage ss;
    memset(&ss, 0, sizeof ss);
    struct sockaddr_in *a4 = (struct sockaddr_in *)&ss;
    struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)&ss;
    socklen_t len;
    int family;
    if (inet_pton(AF_INET, host, &a4->sin_addr) == 1) {
        a4->sin_family = AF_INET; a4->sin_port = htons((unsigned short)port); len = sizeof *a4; family = AF_INET;
    } else if (inet_pton(AF_INET6, host, &a6->sin6_addr) == 1) {
        a6->sin6_family = AF_INET6; a6->sin6_port = htons((unsigned short)port); len = sizeof *a6; family = AF_INET6;
    } else {
        errno = EINVAL;
        return -1;
    }
    int fd = socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) return -1;
    int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (bind(fd, (struct sockaddr *)&ss, len) < 0 || listen(fd, backlog) < 0) {
        int saved = errno; close(fd); errno = saved;
        return -1;
    }
    struct sockaddr_storage bound;
    socklen_t blen = sizeof bound;
    getsockname(fd, (struct sockaddr *)&bound, &blen);
    *bound_port = ntohs(family == AF_INET ? ((struct sockaddr_in *)&bound)->sin_port : ((struct sockaddr_in6 *)&bound)->sin6_port);
    return fd;
}

// Accepts one non-blocking connection with TCP_NODELAY and writes the peer's address as text.
static inline int cepoll_accept_peer(int fd, char *address, int address_len) {
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    int client = accept4(fd, (struct sockaddr *)&ss, &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (client < 0) return -1;
    int one = 1;
    setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    address[0] = 0;
    if (ss.ss_family == AF_INET) inet_ntop(AF_INET, &((struct sockaddr_in *)&ss)->sin_addr, address, (socklen_t)address_len);
    else if (ss.ss_family == AF_INET6) inet_ntop(AF_INET6, &((struct sockaddr_in6 *)&ss)->sin6_addr, address, (socklen_t)address_len);
    return client;
}

// Names the calling thread as top, perf and /proc show it (at most 15 bytes are kept).
static inline void cepoll_name_thread(const char *name) {
    prctl(PR_SET_NAME, (unsigned long)name, 0, 0, 0);
}

// The number of CPUs this process may run on (taskset, cgroup cpusets); 1 if it cannot be read.
extern int sched_getaffinity(pid_t pid, size_t size, void *mask);
static inline int cepoll_cpus_allowed(void) {
    unsigned long mask[16];
    memset(mask, 0, sizeof mask);
    if (sched_getaffinity(0, sizeof mask, mask) != 0) return 1;
    int count = 0;
    for (int i = 0; i < 16; i++) count += __builtin_popcountl(mask[i]);
    return count > 0 ? count : 1;
}

// Raises the soft open-files limit to the hard limit; returns the new soft limit.
static inline long cepoll_raise_nofile(void) {
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0) return -1;
    if (rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
        getrlimit(RLIMIT_NOFILE, &rl);
    }
    return (long)rl.rlim_cur;
}

// SIGTERM and SIGINT write to an eventfd (async-signal-safe) that a thread waits on.
// The fd lives in this header: call both functions from one Swift file only.
static int cepoll_signal_fd = -1;

static inline void cepoll_signal_handler(int sig) {
    (void)sig;
    int saved = errno;
    unsigned long long one = 1;
    if (cepoll_signal_fd >= 0) { ssize_t r = write(cepoll_signal_fd, &one, sizeof one); (void)r; }
    errno = saved;
}

static inline int cepoll_install_signal_fd(int fd) {
    cepoll_signal_fd = fd;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = cepoll_signal_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    signal(SIGPIPE, SIG_IGN);
    if (sigaction(SIGTERM, &sa, NULL) != 0) return -1;
    return sigaction(SIGINT, &sa, NULL);
}
#endif
