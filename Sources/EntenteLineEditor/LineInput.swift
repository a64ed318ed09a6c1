/// What one prompt produced.
public enum LineInput: Equatable, Sendable {
    /// A line as typed, without its newline. A statement recalled from history may hold several lines.
    case line(String)
    /// Ctrl-C discarded the line being typed; the terminal is already on a fresh line.
    case interrupted
    /// Ctrl-D on an empty line, or the input ended.
    case endOfFile
}
