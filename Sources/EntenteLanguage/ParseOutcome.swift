import EntenteModel

/// The result of parsing REPL or script text.
public enum ParseOutcome: Sendable, Hashable {
    /// Every statement parsed.
    case complete([Statement])
    /// The text stops where more must follow (an open string or bracket, a trailing `|`, `,`,
    /// operator or keyword): the REPL should read another line and parse again.
    case incomplete
    /// The text is wrong, whatever follows.
    case failure(Diagnostic)
}
