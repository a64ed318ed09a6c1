// Small text helpers in place of Foundation's `String(format:)`, `padding(toLength:)` and
// `trimmingCharacters(in:)`: the session does not import Foundation, which keeps it and ICU out of
// the process and start-up near a Swift hello-world's.

/// `value` with exactly `digits` decimals, rounded half away from zero: `fixedDecimal(0.0125, digits: 3)` is "0.013".
func fixedDecimal(_ value: Double, digits: Int) -> String {
    guard value.isFinite else { return String(value) }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    guard scaled < 9e15 else { return String(value) }
    let units = Int(scaled)
    let whole = units / Int(scale)
    let fraction = String(units % Int(scale))
    let sign = value < 0 && units != 0 ? "-" : ""
    guard digits > 0 else { return sign + String(whole) }
    return sign + String(whole) + "." + String(repeating: "0", count: digits - fraction.count) + fraction
}

/// `text` followed by spaces up to `width` characters; longer text is left as it is.
func padded(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
}

/// `text` without the whitespace at either end.
func trimmingWhitespace<S: StringProtocol>(_ text: S) -> String {
    guard let first = text.firstIndex(where: { !$0.isWhitespace }),
          let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
    return String(text[first...last])
}
