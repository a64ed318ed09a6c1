/// SHA-256 (FIPS 180-4) in pure Swift, so that a saved session can pin a document's bytes without a
/// crypto dependency. Streams over the input in 64-byte blocks: memory stays constant whatever the size.
///
/// Speed: every loaded file is hashed, so the compression runs on raw pointers (no arrays, no
/// bounds checks in the 64 rounds) with the message schedule kept in a 16-word ring on the stack.
public enum SHA256 {
    /// The lower-case hex digest of `bytes`.
    public static func hex(_ bytes: [UInt8]) -> String {
        let digest = hash(bytes)
        return String(unsafeUninitializedCapacity: 64) { buffer in
            let digits: StaticString = "0123456789abcdef"
            let table = digits.utf8Start
            for (offset, byte) in digest.enumerated() {
                buffer[offset * 2] = table[Int(byte >> 4)]
                buffer[offset * 2 + 1] = table[Int(byte & 0x0f)]
            }
            return 64
        }
    }

    /// The hex digest of `bytes`, computed on another thread while the caller goes on: hashing
    /// runs at about 200 MB/s, a good part of the time of reading a large file, and it needs
    /// nothing the reader computes. Small inputs are hashed on the spot, where starting a thread
    /// would cost more than it saves.
    struct Background: Sendable {
        /// Inputs below this size are hashed at once (under 0.1 ms of work).
        static let threshold = 16 * 1024

        private enum Digest: Sendable {
            case immediate(String)
            case working(BackgroundWork<String>)
        }

        private let state: Digest

        init(_ bytes: [UInt8]) {
            state = bytes.count < Self.threshold ? .immediate(SHA256.hex(bytes)) : .working(BackgroundWork { SHA256.hex(bytes) })
        }

        /// The digest, waiting for the worker if it has not finished.
        func digest() -> String {
            switch state {
            case .immediate(let hex): hex
            case .working(let work): work.result()
            }
        }
    }

    /// The 32-byte digest of `bytes`.
    static func hash(_ bytes: [UInt8]) -> [UInt8] {
        var state = State()
        let fullBlocks = bytes.count / 64
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            state.compress(blocks: base, count: fullBlocks)
        }
        // The tail: remaining bytes, 0x80, zero padding, and the bit length as a big-endian UInt64.
        var tail = Array(bytes[(fullBlocks * 64)...])
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        let bitLength = UInt64(bytes.count) &* 8
        for shift in stride(from: 56, through: 0, by: -8) {
            tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
        }
        tail.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            state.compress(blocks: base, count: buffer.count / 64)
        }
        var digest: [UInt8] = []
        digest.reserveCapacity(32)
        for word in [state.a, state.b, state.c, state.d, state.e, state.f, state.g, state.h] {
            digest.append(UInt8(truncatingIfNeeded: word >> 24))
            digest.append(UInt8(truncatingIfNeeded: word >> 16))
            digest.append(UInt8(truncatingIfNeeded: word >> 8))
            digest.append(UInt8(truncatingIfNeeded: word))
        }
        return digest
    }

    private static let roundConstants: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// The eight working words of the hash.
    private struct State {
        var a: UInt32 = 0x6a09e667, b: UInt32 = 0xbb67ae85, c: UInt32 = 0x3c6ef372, d: UInt32 = 0xa54ff53a
        var e: UInt32 = 0x510e527f, f: UInt32 = 0x9b05688c, g: UInt32 = 0x1f83d9ab, h: UInt32 = 0x5be0cd19

        /// Compresses `count` 64-byte blocks starting at `blocks`.
        mutating func compress(blocks: UnsafeRawPointer, count: Int) {
            guard count > 0 else { return }
            SHA256.roundConstants.withUnsafeBufferPointer { constants in
                guard let k = constants.baseAddress else { return }
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 16) { ring in
                    guard let w = ring.baseAddress else { return }
                    for block in 0..<count {
                        compress(block: blocks + block * 64, k: k, w: w)
                    }
                }
            }
        }

        @inline(__always)
        private static func rotate(_ value: UInt32, _ amount: UInt32) -> UInt32 {
            (value &>> amount) | (value &<< (32 &- amount))
        }

        @inline(__always)
        private mutating func compress(block: UnsafeRawPointer, k: UnsafePointer<UInt32>, w: UnsafeMutablePointer<UInt32>) {
            var a = self.a, b = self.b, c = self.c, d = self.d, e = self.e, f = self.f, g = self.g, h = self.h
            for i in 0..<64 {
                let word: UInt32
                if i < 16 {
                    word = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: i &* 4, as: UInt32.self))
                } else {
                    // The schedule's word i from words i-16, i-15, i-7 and i-2, kept in a ring of 16.
                    let w15 = w[(i &- 15) & 15], w2 = w[(i &- 2) & 15]
                    let s0 = Self.rotate(w15, 7) ^ Self.rotate(w15, 18) ^ (w15 &>> 3)
                    let s1 = Self.rotate(w2, 17) ^ Self.rotate(w2, 19) ^ (w2 &>> 10)
                    word = w[i & 15] &+ s0 &+ w[(i &- 7) & 15] &+ s1
                }
                w[i & 15] = word
                let s1 = Self.rotate(e, 6) ^ Self.rotate(e, 11) ^ Self.rotate(e, 25)
                let choice = (e & f) ^ (~e & g)
                let t1 = h &+ s1 &+ choice &+ k[i] &+ word
                let s0 = Self.rotate(a, 2) ^ Self.rotate(a, 13) ^ Self.rotate(a, 22)
                let majority = (a & b) ^ (a & c) ^ (b & c)
                let t2 = s0 &+ majority
                h = g; g = f; f = e; e = d &+ t1
                d = c; c = b; b = a; a = t1 &+ t2
            }
            self.a &+= a; self.b &+= b; self.c &+= c; self.d &+= d
            self.e &+= e; self.f &+= f; self.g &+= g; self.h &+= h
        }
    }
}
