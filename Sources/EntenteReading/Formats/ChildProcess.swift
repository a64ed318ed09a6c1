#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program to completion with posix_spawn: standard input and output from /dev/null,
/// standard error into a file, stopped after a time limit. Foundation's `Process` would bring all
/// of Foundation into every start-up for the one format (PDF) that needs a child process.
struct ChildProcess {
    enum Outcome: Equatable {
        case exited(Int32)
        case signalled(Int32)
        case timedOut
    }

    struct LaunchFailure: Error {
        var reason: String
    }

    var executable: String
    var arguments: [String]
    var errorFile: String
    var timeoutSeconds: Double

    func run() throws(LaunchFailure) -> Outcome {
        var actions = posix_spawn_file_actions_t()
        guard posix_spawn_file_actions_init(&actions) == 0 else { throw LaunchFailure(reason: "cannot prepare the child process") }
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        // Signals the parent ignores or blocks (SIGPIPE, for one) would stay so in the child.
        var attributes = posix_spawnattr_t()
        guard posix_spawnattr_init(&attributes) == 0 else { throw LaunchFailure(reason: "cannot prepare the child process") }
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        var unblocked = sigset_t()
        sigfillset(&defaults)
        sigemptyset(&unblocked)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([executable] + arguments).map { strdup($0) }
        defer { argv.forEach { free($0) } }
        var pointers: [UnsafeMutablePointer<CChar>?] = argv + [nil]
        var pid = pid_t()
        let spawned = pointers.withUnsafeMutableBufferPointer { buffer in
            guard let arguments = buffer.baseAddress else { return EINVAL }
            return posix_spawn(&pid, executable, &actions, &attributes, arguments, environ)
        }
        guard spawned == 0 else { throw LaunchFailure(reason: String(cString: strerror(spawned))) }

        // Poll rather than block, so that a tool that hangs is stopped at the limit. The pause grows
        // from 1 ms so that a quick conversion is not kept waiting for a long sleep to end.
        let started = Self.now()
        var pause: useconds_t = 1_000
        var status: Int32 = 0
        while true {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid { break }
            if waited < 0 && errno != EINTR { throw LaunchFailure(reason: String(cString: strerror(errno))) }
            if Self.now() - started >= timeoutSeconds {
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                return .timedOut
            }
            usleep(pause)
            pause = min(pause * 2, 50_000)
        }
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
