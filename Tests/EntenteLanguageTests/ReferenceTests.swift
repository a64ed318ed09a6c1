import EntenteModel
import Foundation
import Testing
@testable import EntenteLanguage

/// docs/language.md: its catalog part is generated from `Catalog`, and every example runs.
@Suite struct ReferenceTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let reference = repository.appendingPathComponent("docs/language.md")
    static let begin = "<!-- BEGIN GENERATED FROM Catalog.swift -->"
    static let end = "<!-- END GENERATED -->"

    /// The catalog as Markdown: sources and fields, statements, stages, aggregates, functions.
    static func generated() -> String {
        var out: [String] = []
        out.append("## Sources")
        out.append("")
        out.append("Every fact row carries `document` and `provision` (where it was read) and `line`.")
        for source in Catalog.sources {
            out.append("")
            out.append("### `\(source.name)`")
            out.append("")
            out.append(source.summary + (source.available ? "." : " (declared; not extracted yet: empty with these columns)."))
            out.append("")
            out.append("| field | type | meaning |")
            out.append("|---|---|---|")
            for field in source.fields {
                out.append("| `\(field.name)` | \(field.type.rawValue) | \(MarkdownRenderer.cell(field.summary)) |")
            }
            out.append("")
            out.append("```entente")
            out.append("\(source.name) | limit 3")
            out.append("```")
        }
        func entries(_ title: String, _ entries: [Catalog.Entry]) {
            out.append("")
            out.append("## \(title)")
            for entry in entries {
                out.append("")
                out.append("### `\(entry.syntax)`")
                out.append("")
                out.append(entry.summary.prefix(1).uppercased() + entry.summary.dropFirst() + ".")
                out.append("")
                out.append("```entente")
                out.append(entry.example)
                out.append("```")
            }
        }
        entries("Statements and heads", Catalog.statements)
        entries("Stages", Catalog.stages)
        entries("Aggregates (in `aggregate`)", Catalog.aggregates)
        entries("Functions", Catalog.functions.map {
            Catalog.Entry(name: $0.name, syntax: $0.signature, summary: $0.summary, example: $0.example)
        })
        out.append("")
        out.append("## Keywords")
        out.append("")
        out.append(Catalog.keywords.map { "`\($0)`" }.joined(separator: " "))
        return out.joined(separator: "\n")
    }

    @Test func catalogPartIsUpToDate() throws {
        let text = try String(contentsOf: Self.reference, encoding: .utf8)
        let begin = try #require(text.range(of: Self.begin))
        let end = try #require(text.range(of: Self.end))
        let current = String(text[begin.upperBound..<end.lowerBound])
        let expected = "\n" + Self.generated() + "\n"
        if current != expected, ProcessInfo.processInfo.environment["ENTENTE_RECORD"] == "1" {
            let updated = String(text[..<begin.upperBound]) + expected + String(text[end.lowerBound...])
            try updated.write(to: Self.reference, atomically: true, encoding: .utf8)
            return
        }
        #expect(current == expected, "docs/language.md is out of date: run ENTENTE_RECORD=1 swift test --filter ReferenceTests")
    }

    /// The statements of every ```entente block, in order.
    static func examples() throws -> [String] {
        let text = try String(contentsOf: reference, encoding: .utf8)
        var examples: [String] = []
        var inBlock = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                inBlock = line == "```entente"
                continue
            }
            if inBlock, !line.trimmedBlanks.isEmpty { examples.append(String(line)) }
        }
        return examples
    }

    @Test func everyExampleRuns() throws {
        let examples = try Self.examples()
        #expect(examples.count > 60)
        var environment = Fixtures.library
        var failures: [String] = []
        for example in examples {
            guard case .complete(let statements) = Parser.parse(example), statements.count == 1 else {
                failures.append("does not parse: \(example)")
                continue
            }
            let statement = statements[0]
            // `load` needs the session's I/O: parsing it is what the reference can check here.
            if case .load = statement.kind { continue }
            do throws(Diagnostic) {
                let table = try Evaluator(environment: environment).evaluate(statement)
                if case .let(let name, _) = statement.kind { environment.bindings[name] = table }
            } catch {
                failures.append(DiagnosticFormatter(source: example).format(error))
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n\n"))")
    }
}
