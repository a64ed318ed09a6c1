/// Reads statements one line at a time, from a terminal with editing or from plain input.
public protocol LineReader: AnyObject {
    /// Shows `prompt` (when the reader shows prompts at all) and reads one line.
    func readLine(prompt: String) -> LineInput
    /// Records `entry` — a whole statement, even one typed over several lines — as one history entry.
    func addHistory(_ entry: String)
}
