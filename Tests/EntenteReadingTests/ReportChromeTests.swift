import EntenteModel
import Foundation
import Testing
@testable import EntenteReading

/// Site chrome is told from body text by general rules (see `ChromeFilter`), never by one site's
/// wording: the seed report's gold chrome, a made-up page from another site, and treaty texts that
/// must lose nothing.
@Suite("Report chrome")
struct ReportChromeTests {
    static let goldChrome = [
        "The work of Euromaidan Press is supported by the International Renaissance Foundation",
        "When referencing our materials, please include an active hyperlink",
        "Become a Patron!",
        "To suggest a correction or clarification, write to us here",
    ]

    @Test func seedReportGoldChromeIsNotBody() throws {
        let document = try SeedReportTests.document()
        let text = document.provisions.map(\.text).joined(separator: "\n")
        for chrome in Self.goldChrome { #expect(!text.contains(chrome), "\(chrome)") }
        // Photo alt texts and captions are not body either; the sub-heading and the last paragraph are.
        for caption in ["Trudeau in Kyiv Ukraine Canada security deal", "Screenshot from video", "Credit:",
                        "Italy security guarantees for Ukraine", "Related Posts", "Privacy and Cookie"] {
            #expect(!text.contains(caption), "\(caption)")
        }
        #expect(text.contains("String of security agreements with NATO nations"))
        #expect(document.provisions.last?.text.hasSuffix("additional support follows from other nations.") == true)
        #expect(document.provisions.first?.text.hasPrefix("The accords with Italy and Canada") == true)
    }

    /// A page from an invented site: none of its wording is in the filter.
    static let otherSite = """
    Skip to content
    Home | World | Politics
    Share on Telegram

    Poland and Ukraine sign a ten-year security pact in Warsaw

    Poland and Ukraine sign a ten-year security pact in Warsaw
    Tusk and Zelenskyy shake hands
    The two leaders after the ceremony. Photo: Presidential Office

    Poland and Ukraine signed a security agreement on Monday, the prime minister's office said.

    The pact commits Warsaw to support Kyiv for ten years, officials told reporters.

    “We will stand with you,” Tusk said. “Your fight is our fight.”

    Like our coverage? Support independent journalism by subscribing to our newsletter today.

    Dear reader, your donation keeps this website free. Click here to donate.

    Northern Herald Media
    Tags
    Most Read
    """

    @Test func inventedSiteChrome() throws {
        let document = try DocumentReader().read(bytes: Array(Self.otherSite.utf8), path: "page.txt", id: "page")
        #expect(document.kind == .report)
        #expect(document.title == "Poland and Ukraine sign a ten-year security pact in Warsaw")
        let texts = document.provisions.filter { $0.kind == .paragraph }.map(\.text)
        #expect(texts == [
            "Poland and Ukraine signed a security agreement on Monday, the prime minister's office said.",
            "The pact commits Warsaw to support Kyiv for ten years, officials told reporters.",
            "“We will stand with you,” Tusk said. “Your fight is our fight.”",
        ])
    }

    @Test(arguments: [
        ("Report a problem on this page", true), ("Related Posts", true), ("Privacy and Cookie Policies.", true),
        ("Copyright © 2024", true), ("Thank you for your help!", true), ("Back to top", true),
        ("Please leave your suggestions or corrections here", true), ("You can also highlight the text and press Ctrl + Enter", true),
        ("Your Excellency,", false), ("Privacy", false), ("Search and Rescue", false), ("Final Provisions", false),
        ("“You have been with Ukraine since the first days,” he told Trudeau.", false),
        ("We have agreed as follows:", false), ("Export credit: the Parties shall cooperate on export finance.", false),
        ("reaffirming our support for reforms to strengthen Ukraine’s security and economy", false),
    ])
    func lineRules(line: String, isChrome: Bool) throws {
        let fact = try #require(ChromeFilter.facts(Substring(line)))
        #expect(ChromeFilter.isChrome(fact) == isChrome)
    }

    /// Agreements copied from documents, not web pages, lose no line. The bulk corpus runs with
    /// ENTENTE_BULK=1.
    @Test(arguments: CorpusFiles.texts(in: CorpusFiles.sharedCorpus).filter {
        !$0.lastPathComponent.hasPrefix("canada-") && !$0.lastPathComponent.hasPrefix("euromaidan-")
    })
    func agreementsLoseNoLine(url: URL) throws {
        let data = try #require(FileManager.default.contents(atPath: url.path))
        let lines = SourceText.splitLines(String(decoding: data, as: UTF8.self))
        let chrome = ChromeFilter.chromeLines(lines).sorted().map { String(lines[$0].prefix(80)) }
        #expect(chrome.isEmpty, "\(url.lastPathComponent): \(chrome)")
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["ENTENTE_BULK"] == "1"))
    func bulkLosesAlmostNothing() throws {
        var report: [String] = []
        for url in CorpusFiles.texts(in: CorpusFiles.sharedBulk) {
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            let lines = SourceText.splitLines(String(decoding: data, as: UTF8.self))
            for index in ChromeFilter.chromeLines(lines).sorted() {
                report.append("\(url.lastPathComponent):\(index + 1): \(lines[index].prefix(100))")
            }
        }
        if let path = ProcessInfo.processInfo.environment["ENTENTE_CHROME_REPORT"] {
            try report.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(report.count < 20, "\(report.prefix(20))")
    }

    @Test func chromeOnlyFileLoads() throws {
        let text = "Skip to content\nRelated Posts\nCopyright © 2024\nPrivacy Policy\nBack to top\n"
        let document = try DocumentReader().read(bytes: Array(text.utf8), path: "chrome.txt", id: "chrome")
        #expect(document.provisions.isEmpty)
        #expect(document.warnings.contains { $0.code == "read-empty" })
    }
}
