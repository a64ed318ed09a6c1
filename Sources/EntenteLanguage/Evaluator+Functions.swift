/// The built-in functions of `Catalog.functions`. The checker has checked names, arity and
/// static types; at run time a value of an unexpected type (from an `any` column) gives null
/// rather than an error, and null in gives null out (except `coalesce`).
extension Evaluator {
    static func call(_ name: String, _ arguments: [Value]) -> Value {
        if name == "coalesce" { return arguments.first { $0 != .null } ?? .null }
        guard let first = arguments.first, first != .null else { return .null }
        switch name {
        case "lower": return .string(first.displayText.lowercased())
        case "upper": return .string(first.displayText.uppercased())
        case "trim": return .string(first.displayText.trimmedBlanks)
        case "len":
            if case .list(let items) = first { return .number(Double(items.count)) }
            return .number(Double(first.displayText.count))
        case "year", "month", "day":
            guard let parts = dateParts(first) else { return .null }
            let position = ["year": 0, "month": 1, "day": 2][name] ?? 0
            return position < parts.count ? .number(Double(parts[position])) : .null
        case "days":
            switch first {
            case .duration(let duration): return .number(duration.seconds / ISODuration.secondsPerDay)
            case .string(let text): return ISODuration(parsing: text).map { .number($0.seconds / ISODuration.secondsPerDay) } ?? .null
            default: return .null
            }
        case "join":
            var separator = ", "
            if arguments.count > 1, case .string(let given) = arguments[1] { separator = given }
            if case .list(let items) = first { return .string(items.map(\.displayText).joined(separator: separator)) }
            return .string(first.displayText)
        case "first":
            if case .list(let items) = first { return items.first ?? .null }
            return first
        case "last":
            if case .list(let items) = first { return items.last ?? .null }
            return first
        case "round":
            guard case .number(let number) = first else { return .null }
            var digits = 0
            if arguments.count > 1, case .number(let given) = arguments[1], given.isFinite {
                digits = Int(min(max(given, 0), 15))
            }
            var scale = 1.0
            for _ in 0..<digits { scale *= 10 }
            return .number((number * scale).rounded() / scale)
        case "text": return .string(first.displayText)
        default: return .null
        }
    }

    /// Year, month and day of a date (`2024-02-24`, `2024-02`, `2024`) or of text that is one.
    private static func dateParts(_ value: Value) -> [Int]? {
        let text: String
        switch value {
        case .date(let iso), .string(let iso): text = iso
        default: return nil
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4 else { return nil }
        var numbers: [Int] = []
        for part in parts {
            guard let number = Int(part) else { return nil }
            numbers.append(number)
        }
        return numbers
    }
}
