import CEpoll

/// The CPUs the process may run on, which `taskset` and container cpusets narrow; a sensible
/// number of event loops.
public enum CPUAffinity {
    public static var count: Int { Int(cepoll_cpus_allowed()) }
}
