/// The command line's options, parsed by hand: a table of eight options does not need a parsing
/// library, and swift-argument-parser's reflection alone cost a few milliseconds of every start-up
/// (PRODUCT.md asks for a start-up close to a Swift hello-world's).
enum CommandLineRequest {
    case run(EntenteCommand)
    case help
    case version
}

/// Bad usage: printed with the usage line, exit status 2.
struct UsageError: Error, Equatable {
    var message: String
    /// The help line of the option concerned, when there is one.
    var optionHelp: String?

    /// What goes on standard error.
    var report: String {
        var text = "Error: \(message)\n"
        if let optionHelp { text += "Help:  \(optionHelp)\n" }
        return text + "Usage: \(CommandLineOption.usage)\n  See 'entente --help' for more information.\n"
    }
}

/// One option of the command line.
struct CommandLineOption: Sendable {
    enum Effect: Sendable {
        /// Takes a value (`-c QUERY`, `--format=json`).
        case value(String, @Sendable (inout EntenteCommand, String) -> Void)
        /// Takes none (`--check`).
        case flag(@Sendable (inout EntenteCommand) -> Void)
    }

    var names: [String]
    var effect: Effect
    var help: String

    /// The option as the usage line and help show it: `-c <QUERY>`.
    var synopsis: String {
        let shown = names.joined(separator: ", ")
        if case .value(let valueName, _) = effect { return "\(shown) <\(valueName)>" }
        return shown
    }

    static let all: [CommandLineOption] = [
        CommandLineOption(names: ["-c"], effect: .value("QUERY") { $0.commands.append($1) },
                          help: "Run QUERY and exit (repeatable)."),
        CommandLineOption(names: ["-f"], effect: .value("SCRIPT") { $0.scripts.append($1) },
                          help: "Run the statements in SCRIPT and exit (repeatable; - reads standard input)."),
        CommandLineOption(names: ["-v"], effect: .value("NAME=VALUE") { $0.parameters.append($1) },
                          help: "Set the parameter $NAME to VALUE (repeatable)."),
        CommandLineOption(names: ["--format"], effect: .value("FORMAT") { $0.format = $1 },
                          help: "Output format: \(EntenteCommand.formatNames). (default: table)"),
        CommandLineOption(names: ["--keep-going"], effect: .flag { $0.keepGoing = true },
                          help: "In batch mode, go on after a failed statement instead of stopping."),
        CommandLineOption(names: ["--allow-changed"], effect: .flag { $0.allowChanged = true },
                          help: "Load a pinned document whose bytes changed, with a warning instead of an error."),
        CommandLineOption(names: ["--check"], effect: .flag { $0.check = true },
                          help: "Replay the transcripts named as arguments; print a diff of any difference."),
    ]

    static let usage = "entente [-c <QUERY> ...] [-f <SCRIPT> ...] [-v <NAME=VALUE> ...] [--format <FORMAT>] "
        + "[--keep-going] [--allow-changed] [--check] [<DOCUMENT> ...]"

    static var helpText: String {
        var lines = [
            "OVERVIEW: Load agreements and reports, and ask structured questions about them.", "",
        ]
        lines += wrapped("With no -c or -f, starts the REPL when standard input and output are terminals, "
            + "otherwise reads statements from standard input. Exit status: 0 when every statement succeeded, "
            + "1 when a statement or a document failed, 2 on bad usage.", width: 80, indent: "")
        lines += ["", "USAGE: \(usage)", "", "ARGUMENTS:"]
        lines += entry("<DOCUMENT>", "Documents to load before anything runs (transcripts with --check).")
        lines += ["", "OPTIONS:"]
        for option in all { lines += entry(option.synopsis, option.help) }
        lines += entry("--version", "Show the version.")
        lines += entry("-h, --help", "Show help information.")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A help entry: the synopsis in a 24-column gutter, the text wrapped beside it.
    private static func entry(_ synopsis: String, _ text: String) -> [String] {
        let gutter = String(repeating: " ", count: 26)
        var lines = wrapped(text, width: 80, indent: gutter)
        let head = "  " + synopsis
        if head.count < 25, let first = lines.first {
            lines[0] = head + String(repeating: " ", count: 26 - head.count) + first.dropFirst(26)
        } else {
            lines.insert(head, at: 0)
        }
        return lines
    }

    /// `text` in lines of at most `width` columns, each starting with `indent`.
    private static func wrapped(_ text: String, width: Int, indent: String) -> [String] {
        var lines: [String] = []
        var line = indent
        for word in text.split(separator: " ") {
            if line.count > indent.count && line.count + 1 + word.count > width {
                lines.append(line)
                line = indent
            }
            line += (line.count > indent.count ? " " : "") + word
        }
        lines.append(line)
        return lines
    }

    /// Parses the arguments after the program name. Options and documents may come in any order;
    /// `--` ends the options, and `-` alone is a document (standard input).
    static func parse(_ arguments: [String]) throws(UsageError) -> CommandLineRequest {
        var command = EntenteCommand()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                command.documents.append(argument)
                continue
            }
            switch argument {
            case "--": optionsEnded = true; continue
            case "-h", "--help": return .help
            case "--version": return .version
            default: break
            }
            let (option, attached) = try match(argument)
            switch option.effect {
            case .flag(let apply):
                if attached != nil { throw UsageError(message: "'\(option.names[0])' takes no value", optionHelp: nil) }
                apply(&command)
            case .value(_, let apply):
                if let attached {
                    apply(&command, attached)
                } else if index < arguments.count {
                    apply(&command, arguments[index])
                    index += 1
                } else {
                    throw UsageError(message: "Missing value for '\(option.synopsis)'",
                                     optionHelp: "\(option.synopsis)  \(option.help)")
                }
            }
        }
        try command.validate()
        return .run(command)
    }

    /// The option `argument` names, and a value written into it: `--format=json`, `-cQUERY`.
    private static func match(_ argument: String) throws(UsageError) -> (CommandLineOption, String?) {
        if argument.hasPrefix("--") {
            let name = argument.firstIndex(of: "=").map { String(argument[..<$0]) } ?? argument
            let value = argument.firstIndex(of: "=").map { String(argument[argument.index(after: $0)...]) }
            if let option = all.first(where: { $0.names.contains(name) }) { return (option, value) }
        } else {
            let name = String(argument.prefix(2))
            if let option = all.first(where: { $0.names.contains(name) }), case .value = option.effect {
                return (option, argument.count > 2 ? String(argument.dropFirst(2)) : nil)
            }
            if let option = all.first(where: { $0.names.contains(argument) }) { return (option, nil) }
        }
        throw UsageError(message: "Unknown option '\(argument)'", optionHelp: nil)
    }
}
