import Foundation
import Testing
@testable import EntenteLineEditor

@Suite struct PlainLineReaderTests {
    /// Feeds `input` through a pipe and reads until the end.
    private func lines(from input: [UInt8]) throws -> [LineInput] {
        let pipe = Pipe()
        pipe.fileHandleForWriting.write(Data(input))
        try pipe.fileHandleForWriting.close()
        let reader = PlainLineReader(fileDescriptor: pipe.fileHandleForReading.fileDescriptor)
        var result: [LineInput] = []
        while true {
            let input = reader.readLine(prompt: "entente> ")
            result.append(input)
            if input == .endOfFile { return result }
        }
    }

    @Test func readsLinesThenEndOfFile() throws {
        #expect(try lines(from: Array("provisions | count\n.quit\n".utf8))
                == [.line("provisions | count"), .line(".quit"), .endOfFile])
    }

    @Test func keepsALastLineWithoutNewline() throws {
        #expect(try lines(from: Array("a\nlast".utf8)) == [.line("a"), .line("last"), .endOfFile])
    }

    @Test func dropsCarriageReturnsAndKeepsEmptyLines() throws {
        #expect(try lines(from: Array("a\r\n\r\n\nb\r\n".utf8)) == [.line("a"), .line(""), .line(""), .line("b"), .endOfFile])
    }

    @Test func emptyInputIsEndOfFile() throws {
        #expect(try lines(from: []) == [.endOfFile])
    }

    @Test func decodesUTF8AndReplacesInvalidBytes() throws {
        #expect(try lines(from: Array("Україна — ü\n".utf8) + [0x66, 0xff, 0x0a])
                == [.line("Україна — ü"), .line("f\u{fffd}"), .endOfFile])
    }

    @Test func readsLongLinesAcrossChunks() throws {
        let long = String(repeating: "x", count: 200_000)
        // Larger than a pipe's buffer: write from another thread.
        let pipe = Pipe()
        let writer = pipe.fileHandleForWriting
        let thread = Thread {
            writer.write(Data((long + "\nshort\n").utf8))
            try? writer.close()
        }
        thread.start()
        let reader = PlainLineReader(fileDescriptor: pipe.fileHandleForReading.fileDescriptor)
        #expect(reader.readLine(prompt: "") == .line(long))
        #expect(reader.readLine(prompt: "") == .line("short"))
        #expect(reader.readLine(prompt: "") == .endOfFile)
    }
}
