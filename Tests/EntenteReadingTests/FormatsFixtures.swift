import Foundation
import Testing

/// The fixtures of the format tests, in Fixtures/formats.
enum FormatsFixtures {
    static func bytes(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/formats/\(name)")
        return [UInt8](try Data(contentsOf: url))
    }

    static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
