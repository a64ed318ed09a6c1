import ArgumentParser
import Foundation

let ententeVersion = "0.1.0"

// A closed output pipe must end the run quietly: ignore SIGPIPE and let the sink see EPIPE.
signal(SIGPIPE, SIG_IGN)

do {
    let command = try EntenteCommand.parseAsRoot() as? EntenteCommand
    exit(command?.execute() ?? 0)
} catch {
    // Help and version are not errors; everything else the parser rejects is bad usage (status 2).
    if EntenteCommand.exitCode(for: error) == .success {
        print(EntenteCommand.fullMessage(for: error))
        exit(0)
    }
    FileHandle.standardError.write(Data((EntenteCommand.fullMessage(for: error) + "\n"
        + "Usage: " + EntenteCommand.usageString() + "\n").utf8))
    exit(2)
}
