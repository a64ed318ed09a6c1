import EntenteSession
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let ententeVersion = "0.1.0"

// A closed output pipe must end the run quietly: ignore SIGPIPE and let the sink see EPIPE.
signal(SIGPIPE, SIG_IGN)

do {
    switch try CommandLineOption.parse(Array(CommandLine.arguments.dropFirst())) {
    case .run(let command): exit(command.execute())
    case .help: print(CommandLineOption.helpText, terminator: ""); exit(0)
    case .version: print("entente \(ententeVersion)"); exit(0)
    }
} catch {
    FileDescriptorSink(onClosedPipe: {}).writeError(error.report)
    exit(2)
}
