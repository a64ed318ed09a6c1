import CLibedit

/// Questions about the terminal the process runs on.
public enum Terminal {
    /// True when standard input and standard output are both terminals: the REPL's condition.
    public static func isInteractive() -> Bool {
        isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    }

    /// The width of standard output's terminal in columns, else `$COLUMNS`, else nil.
    public static func width() -> Int? {
        let columns = entente_terminal_columns(STDOUT_FILENO)
        if columns > 0 { return Int(columns) }
        if let text = getenv("COLUMNS").map({ String(cString: $0) }), let value = Int(text), value > 0 {
            return value
        }
        return nil
    }

    /// Makes the character type locale UTF-8: libedit silently drops non-ASCII input under "C".
    static func useUTF8CharacterLocale() {
        if setlocale(LC_CTYPE, "") != nil, isUTF8(String(cString: nl_langinfo(nl_item(CODESET)))) { return }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            return
        }
    }

    private static func isUTF8(_ codeset: String) -> Bool {
        codeset.lowercased().filter { $0 != "-" } == "utf8"
    }
}
