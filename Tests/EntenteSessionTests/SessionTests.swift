import EntenteSession
import Foundation
import Testing

@Suite struct SessionTests {
    static let root = TranscriptTests.packageRoot.path
    static let canadaPath = "Examples/agreements/canada-ukraine-security-agreement-2024.txt"

    static func makeSession(format: OutputFormat = .table) -> (Session, BufferSink) {
        let sink = BufferSink()
        return (Session(settings: SessionSettings(format: format), sink: sink), sink)
    }

    @Test func anUnfinishedStatementAsksForMoreAndRunsWhenComplete() {
        let (session, sink) = Self.makeSession()
        #expect(session.feed(line: "load \"\(Self.canadaPath)\" as canada", file: "<input>", lineNumber: 1, directory: Self.root)
            == .completed(succeeded: true))
        #expect(session.feed(line: "provisions in canada |", file: "<input>", lineNumber: 1, directory: Self.root) == .needsMore)
        #expect(session.isContinuing)
        #expect(session.feed(line: "count", file: "<input>", lineNumber: 2, directory: Self.root) == .completed(succeeded: true))
        #expect(!session.isContinuing)
        #expect(sink.errors.isEmpty)
        #expect(sink.output.contains("count"))
    }

    @Test func discardingPendingInputForgetsTheUnfinishedStatement() {
        let (session, sink) = Self.makeSession()
        _ = session.feed(line: "documents |", file: "<input>", lineNumber: 1, directory: Self.root)
        session.discardPendingInput()
        #expect(!session.isContinuing)
        #expect(session.feed(line: "documents | count", file: "<input>", lineNumber: 1, directory: Self.root) == .completed(succeeded: true))
        #expect(sink.errors.isEmpty)
    }

    @Test func aScriptMayContinueAQueryOnALineThatStartsWithABar() {
        let sink = BufferSink()
        let session = Session(settings: SessionSettings(format: .json, holdsFinishedStatements: true), sink: sink)
        let result = session.run(text: "documents\n  | count\ndocuments | count", file: "s.entente", directory: Self.root)
        #expect(result.succeeded, "\(sink.errors)")
        #expect(sink.output == "[\n  {\"count\": 0}\n]\n[\n  {\"count\": 0}\n]\n")
    }

    @Test func endOfInputInsideAStatementIsALocatedError() {
        let (session, sink) = Self.makeSession()
        let result = session.run(text: "documents |\n where id = \"a\" and", file: "s.entente", directory: Self.root)
        #expect(!result.succeeded)
        #expect(sink.errors.hasPrefix("s.entente:2:"), "\(sink.errors)")
        #expect(sink.errors.contains("not finished"))
    }

    @Test func quitEndsARunAndLaterLinesDoNotExecute() {
        let (session, sink) = Self.makeSession()
        let result = session.run(text: "documents | count\n.quit\nnosuchsource", file: "s", directory: Self.root)
        #expect(result.succeeded && result.quit)
        #expect(sink.errors.isEmpty)
    }

    @Test func aPinnedChecksumThatDoesNotMatchNamesTheChangedDocument() {
        let (session, sink) = Self.makeSession()
        let statement = "load \"\(Self.canadaPath)\" as canada sha256 \"\(String(repeating: "0", count: 64))\""
        #expect(session.feed(line: statement, file: "s.entente", lineNumber: 7, directory: Self.root) == .completed(succeeded: false))
        #expect(sink.errors.hasPrefix("s.entente:7:1: error: the document \(Self.canadaPath) has changed"), "\(sink.errors)")
        #expect(session.environment.documents.isEmpty)
    }

    @Test func anotherFileUnderATakenNameIsRefusedAndTheFirstIsKept() {
        let (session, sink) = Self.makeSession()
        _ = session.feed(line: "load \"\(Self.canadaPath)\" as a", file: "<input>", lineNumber: 1, directory: Self.root)
        let result = session.feed(line: "load \"Examples/agreements/euromaidan-italy-canada-security-deals-2024.txt\" as a",
                                  file: "<input>", lineNumber: 1, directory: Self.root)
        #expect(result == .completed(succeeded: false))
        #expect(sink.errors.contains("already loaded"))
        #expect(session.environment.documents.map(\.source.path) == [Self.canadaPath])
    }

    @Test func modeSwitchesToJSONAndLetBindsANameUsableAsASource() {
        let (session, sink) = Self.makeSession()
        for line in ["load \"\(Self.canadaPath)\" as canada", ".mode json",
                     "let parts = provisions in canada | where kind = \"part\"", "parts | count"] {
            #expect(session.feed(line: line, file: "<input>", lineNumber: 1, directory: Self.root) == .completed(succeeded: true),
                    "\(line): \(sink.errors)")
        }
        #expect(sink.output.hasSuffix("[\n  {\"count\": 8}\n]\n"), "\(sink.output)")
    }

    @Test func completionOnAContinuationLineSeesTheEarlierLines() {
        let (session, _) = Self.makeSession()
        #expect(session.feed(line: "provisions |", file: "<input>", lineNumber: 1, directory: Self.root) == .needsMore)
        #expect(session.completion.candidates(for: "sel", after: "", quoted: false) == ["select"])
        #expect(session.completion.candidates(for: "hea", after: "where ", quoted: false) == ["heading"])
    }

    @Test(arguments: [("prov", ["provisions"]), ("provisions | wh", ["where"]), ("provisions | where head", ["heading"]),
                      (".sch", [".schema"]), ("show can", ["canada"]), ("provisions in c", ["canada"]),
                      ("documents | select id, ti", ["title"]), ("provisions | count by k", ["kind"]),
                      ("load \"Examples/agr", ["Examples/agreements/"]), ("doc", ["documents"]),
                      ("let x = provisions | where hea", ["heading"]), (".rea", [".read"]), (".sa", [".save"])])
    func completionOffersWordsThatFitWhatIsTyped(typed: String, expected: [String]) {
        let (session, _) = Self.makeSession()
        _ = session.feed(line: "load \"\(Self.canadaPath)\" as canada", file: "<input>", lineNumber: 1, directory: Self.root)
        let quoted = typed.filter { $0 == "\"" }.count % 2 == 1
        let word = quoted ? String(typed[typed.index(after: typed.lastIndex(of: "\"") ?? typed.startIndex)...])
            : String(typed.reversed().prefix { $0.isLetter || $0 == "." }.reversed())
        let completions = session.completion.candidates(for: word, after: String(typed.dropLast(word.count)), quoted: quoted)
        #expect(completions == expected)
    }
}
