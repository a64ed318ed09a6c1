import ArgumentParser
import Foundation

let ententeVersion = "0.1.0"

// A closed output pipe must end the run quietly: ignore SIGPIPE and let the sink see EPIPE.
signal(SIGPIPE, SIG_IGN)

do {
    var command = try EntenteCommand.parseAsRoot()
    guard let entente = command as? EntenteCommand else {
        // `--help` parses into the parser's own help command, which prints the help when run.
        try command.run()
        exit(0)
    }
    exit(entente.execute())
} catch {
    // Help and version are not errors; everything else the parser rejects is bad usage (status 2).
    if EntenteCommand.exitCode(for: error) == .success {
        print(EntenteCommand.fullMessage(for: error))
        exit(0)
    }
    FileHandle.standardError.write(Data((EntenteCommand.fullMessage(for: error) + "\n").utf8))
    exit(2)
}
