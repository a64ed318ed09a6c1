/// Renders a table as JSON: an array of row objects, one object per line, keys in column order.
///
///     [
///       {"path": "I", "kind": "part", "line": 12},
///       {"path": "I.1", "kind": "paragraph", "line": 14}
///     ]
///
/// Whole numbers have no fraction, lists are arrays, null is null, dates and durations are their
/// ISO strings. `.lines` writes JSON Lines instead (one object per line, no brackets). Pure and
/// deterministic; no trailing newline.
public struct JSONRenderer: Sendable {
    public enum Style: Sendable, Hashable {
        /// One JSON array per table.
        case array
        /// One JSON object per line (jsonl).
        case lines
    }

    public var style: Style

    public init(style: Style = .array) {
        self.style = style
    }

    public func render(_ table: Table) -> String {
        let objects = table.rows.map { Self.object(table.columns, $0) }
        switch style {
        case .lines:
            return objects.joined(separator: "\n")
        case .array:
            guard !objects.isEmpty else { return "[]" }
            return "[\n" + objects.map { "  " + $0 }.joined(separator: ",\n") + "\n]"
        }
    }

    static func object(_ columns: [String], _ row: [Value]) -> String {
        let members = columns.enumerated().map { index, name in
            quote(name) + ": " + encode(index < row.count ? row[index] : .null)
        }
        return "{" + members.joined(separator: ", ") + "}"
    }

    /// One value as JSON. Non-finite numbers, which JSON cannot express, become null.
    public static func encode(_ value: Value) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number): number.isFinite ? Value.format(number) : "null"
        case .string(let text): quote(text)
        case .date(let iso): quote(iso)
        case .duration(let duration): quote(duration.iso)
        case .list(let items): "[" + items.map(encode).joined(separator: ", ") + "]"
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped (RFC 8259).
    public static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: false)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
