import CZlib
import EntenteModel

/// A ZIP archive read from memory: the central directory parsed here, entries inflated with zlib.
/// Only what DOCX needs: stored and deflated entries, ZIP64 sizes in the central directory, no
/// encryption. Every offset and size is checked against the bytes, and inflating stops at a limit,
/// so a damaged archive or a zip bomb gives a Diagnostic, never a crash or a runaway allocation.
struct ZipArchive {
    struct Entry {
        var name: String
        var flags: UInt16
        var method: UInt16
        var crc32: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int
    }

    let entries: [Entry]
    private let bytes: [UInt8]
    private let path: String

    /// A local file header (`PK\3\4`) or, for an empty archive, the end record (`PK\5\6`).
    static func hasSignature(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
    }

    /// Whether the archive's central directory names `name` (false for anything unreadable).
    static func lists(_ name: String, in bytes: [UInt8]) -> Bool {
        (try? ZipArchive(bytes: bytes, path: ""))?.entry(named: name) != nil
    }

    init(bytes: [UInt8], path: String) throws(Diagnostic) {
        self.bytes = bytes
        self.path = path
        let end = try Self.endOfCentralDirectory(bytes, path: path)
        var entries: [Entry] = []
        var offset = end.offset
        let limit = end.offset + end.size
        guard end.offset >= 0, limit <= bytes.count else {
            throw Self.damaged(path, "its central directory lies outside the file")
        }
        // Each central header takes at least 46 bytes, which bounds the loop by the file's size.
        while offset < limit, entries.count < end.count {
            guard offset + 46 <= limit, Self.uint32(bytes, offset) == 0x0201_4B50 else {
                throw Self.damaged(path, "entry \(entries.count + 1) of its central directory is damaged")
            }
            let nameLength = Int(Self.uint16(bytes, offset + 28))
            let extraLength = Int(Self.uint16(bytes, offset + 30))
            let commentLength = Int(Self.uint16(bytes, offset + 32))
            let next = offset + 46 + nameLength + extraLength + commentLength
            guard next <= limit else { throw Self.damaged(path, "entry \(entries.count + 1) of its central directory is cut short") }
            var entry = Entry(
                name: String(decoding: bytes[offset + 46 ..< offset + 46 + nameLength], as: UTF8.self),
                flags: Self.uint16(bytes, offset + 8), method: Self.uint16(bytes, offset + 10),
                crc32: Self.uint32(bytes, offset + 16), compressedSize: Int(Self.uint32(bytes, offset + 20)),
                uncompressedSize: Int(Self.uint32(bytes, offset + 24)), localHeaderOffset: Int(Self.uint32(bytes, offset + 42)))
            Self.applyZip64(&entry, extra: bytes[offset + 46 + nameLength ..< offset + 46 + nameLength + extraLength])
            entries.append(entry)
            offset = next
        }
        self.entries = entries
    }

    func entry(named name: String) -> Entry? {
        entries.first { $0.name == name }
    }

    /// The uncompressed bytes of `entry`; throws when they would exceed `limit` bytes.
    func contents(of entry: Entry, limit: Int) throws(Diagnostic) -> [UInt8] {
        if entry.flags & 1 != 0 {
            throw Diagnostic(code: "read-docx-encrypted", message: "cannot read \(path): \(entry.name) is encrypted", file: path)
        }
        if entry.uncompressedSize > limit { throw tooLarge(entry, limit: limit) }
        let header = entry.localHeaderOffset
        guard header >= 0, header + 30 <= bytes.count, Self.uint32(bytes, header) == 0x0403_4B50 else {
            throw Self.damaged(path, "the local header of \(entry.name) is missing")
        }
        let start = header + 30 + Int(Self.uint16(bytes, header + 26)) + Int(Self.uint16(bytes, header + 28))
        guard entry.compressedSize >= 0, start + entry.compressedSize <= bytes.count else {
            throw Self.damaged(path, "\(entry.name) runs past the end of the file")
        }
        let data = bytes[start ..< start + entry.compressedSize]
        let output: [UInt8]
        switch entry.method {
        case 0:
            output = Array(data)
        case 8:
            output = try inflate(data, entry: entry)
        default:
            throw Diagnostic(
                code: "read-docx-unsupported",
                message: "cannot read \(path): \(entry.name) uses ZIP compression method \(entry.method) (only stored and deflated entries are supported)",
                file: path)
        }
        guard output.count == entry.uncompressedSize else {
            throw Self.damaged(path, "\(entry.name) inflates to \(output.count) bytes, not the \(entry.uncompressedSize) its directory says")
        }
        let crc = output.withUnsafeBufferPointer { buffer in
            CZlib.crc32(0, buffer.baseAddress, uInt(buffer.count))
        }
        guard UInt32(truncatingIfNeeded: crc) == entry.crc32 else { throw Self.damaged(path, "\(entry.name) fails its CRC check") }
        return output
    }

    private func inflate(_ data: ArraySlice<UInt8>, entry: Entry) throws(Diagnostic) -> [UInt8] {
        var stream = z_stream()
        guard entente_inflate_init_raw(&stream) == Z_OK else {
            throw Diagnostic(code: "read-docx-damaged", message: "cannot read \(path): zlib could not start inflating", file: path)
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(entry.uncompressedSize)
        var chunk = [UInt8](repeating: 0, count: 65536)
        var status = Z_OK
        var failure: Diagnostic?
        data.withUnsafeBufferPointer { input in
            guard let base = input.baseAddress else { status = Z_STREAM_END; return }
            var consumed = 0
            while status != Z_STREAM_END {
                if stream.avail_in == 0 {
                    let remaining = input.count - consumed
                    guard remaining > 0 else { failure = Self.damaged(path, "\(entry.name) is cut short"); return }
                    let size = min(remaining, 1 << 30)
                    stream.next_in = UnsafeMutablePointer(mutating: base + consumed)
                    stream.avail_in = uInt(size)
                    consumed += size
                }
                let produced: Int = chunk.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(out.count)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return out.count - Int(stream.avail_out)
                }
                if status != Z_OK, status != Z_STREAM_END, !(status == Z_BUF_ERROR && stream.avail_in == 0) {
                    failure = Self.damaged(path, "\(entry.name) is not valid deflate data")
                    return
                }
                // The declared size was checked against the limit, so a bomb that lies about it stops here.
                if output.count + produced > entry.uncompressedSize {
                    failure = Self.damaged(path, "\(entry.name) inflates past the \(entry.uncompressedSize) bytes its directory says")
                    return
                }
                output.append(contentsOf: chunk[0 ..< produced])
            }
        }
        if let failure { throw failure }
        return output
    }

    private func tooLarge(_ entry: Entry, limit: Int) -> Diagnostic {
        Diagnostic(
            code: "read-docx-too-large",
            message: "cannot read \(path): \(entry.name) would inflate past \(limit / 1_000_000) MB (a damaged file or a zip bomb)",
            file: path)
    }

    static func damaged(_ path: String, _ why: String) -> Diagnostic {
        Diagnostic(code: "read-docx-damaged", message: "cannot read \(path): it is not a valid ZIP archive (\(why))", file: path)
    }

    /// The end-of-central-directory record, searched backwards over the comment it may carry.
    private static func endOfCentralDirectory(_ bytes: [UInt8], path: String) throws(Diagnostic) -> (count: Int, size: Int, offset: Int) {
        guard bytes.count >= 22 else { throw damaged(path, "it is too short") }
        var position = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65535)
        while position >= lowest {
            if uint32(bytes, position) == 0x0605_4B50 {
                let count = Int(uint16(bytes, position + 10))
                let size = Int(uint32(bytes, position + 12))
                let offset = Int(uint32(bytes, position + 16))
                if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
                    return try zip64End(bytes, locator: position - 20, path: path)
                }
                return (count, size, offset)
            }
            position -= 1
        }
        throw damaged(path, "it has no end-of-central-directory record")
    }

    private static func zip64End(_ bytes: [UInt8], locator: Int, path: String) throws(Diagnostic) -> (count: Int, size: Int, offset: Int) {
        guard locator >= 0, uint32(bytes, locator) == 0x0706_4B50 else { throw damaged(path, "its ZIP64 locator is missing") }
        let record = uint64(bytes, locator + 8)
        guard bytes.count >= 56, record <= UInt64(bytes.count - 56), uint32(bytes, Int(record)) == 0x0606_4B50 else {
            throw damaged(path, "its ZIP64 end record is missing")
        }
        let start = Int(record)
        let count = uint64(bytes, start + 32), size = uint64(bytes, start + 40), offset = uint64(bytes, start + 48)
        let total = UInt64(bytes.count)
        guard count <= total, size <= total, offset <= total else { throw damaged(path, "its ZIP64 end record is damaged") }
        return (Int(count), Int(size), Int(offset))
    }

    /// Replaces 0xFFFFFFFF sizes and offset with the 64-bit values of the ZIP64 extra field.
    private static func applyZip64(_ entry: inout Entry, extra: ArraySlice<UInt8>) {
        var offset = extra.startIndex
        while offset + 4 <= extra.endIndex {
            let id = UInt16(extra[offset]) | UInt16(extra[offset + 1]) << 8
            let length = Int(UInt16(extra[offset + 2]) | UInt16(extra[offset + 3]) << 8)
            let body = offset + 4
            guard body + length <= extra.endIndex else { return }
            if id == 0x0001 {
                var field = body
                func next() -> Int? {
                    guard field + 8 <= body + length else { return nil }
                    var value: UInt64 = 0
                    for index in 0 ..< 8 { value |= UInt64(extra[field + index]) << (8 * UInt64(index)) }
                    field += 8
                    return value > UInt64(Int32.max) * 1024 ? Int(Int32.max) * 1024 : Int(value)
                }
                if entry.uncompressedSize == 0xFFFF_FFFF, let value = next() { entry.uncompressedSize = value }
                if entry.compressedSize == 0xFFFF_FFFF, let value = next() { entry.compressedSize = value }
                if entry.localHeaderOffset == 0xFFFF_FFFF, let value = next() { entry.localHeaderOffset = value }
                return
            }
            offset = body + length
        }
    }

    private static func uint16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        guard offset >= 0, offset + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        guard offset >= 0, offset + 4 <= bytes.count else { return 0 }
        return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }

    private static func uint64(_ bytes: [UInt8], _ offset: Int) -> UInt64 {
        UInt64(uint32(bytes, offset)) | UInt64(uint32(bytes, offset + 4)) << 32
    }
}
