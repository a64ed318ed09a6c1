/// Drops web-page chrome around the body of a text copied from a browser: language pickers,
/// feedback widgets, donation appeals, copyright and cookie notices.
///
/// Two general rules, and one table of phrasings that belong to web interfaces (never to a treaty):
/// - a line is chrome when it is short and matches a web-interface phrase;
/// - after the body has begun, a line matching a "page tail" phrase (feedback form, donation
///   appeal, related posts) ends the body: everything after it is chrome too.
enum ChromeFilter {
    /// Phrases of generic web UI; a short line containing one is chrome wherever it stands.
    static let chromePhrases = PhraseSet([
        "language selection", "table of contents", "skip to main content", "skip to content",
        "report a problem on this page", "please select all that apply", "thank you for your help",
        "you will not receive a reply", "date modified", "copyright ©", "© copyright", "all rights reserved",
        "privacy and cookie", "cookie policy", "privacy policy", "we use cookies", "accept cookies",
        "become a patron", "support us on patreon", "subscribe to our newsletter", "sign up for our newsletter",
        "share this article", "share on facebook", "share on twitter", "share this page", "follow us on",
        "related posts", "related articles", "read more:", "read also:", "advertisement",
        "when referencing our materials", "please include an active hyperlink",
        "to suggest a correction", "highlight the text and press ctrl", "please leave your suggestions",
        "disabling your ad blocker", "your ad blocker", "you could close this page", "join our community",
        "support of readers", "donate now", "make a donation", "print this page", "back to top",
        "was this page helpful", "previous article", "next article", "log in to comment", "leave a comment",
    ])

    /// Phrases that only occur once a web page's body is over.
    static let tailPhrases = PhraseSet([
        "report a problem on this page", "you could close this page", "to suggest a correction",
        "related posts", "become a patron", "was this page helpful", "date modified", "share this article",
        "leave a comment",
    ])

    /// In a line longer than this, only a phrase at its very start makes it chrome: deep inside
    /// prose, a chrome phrase is a quotation.
    static let shortLineLength = 200

    /// The 0-based indices of chrome lines in `lines`.
    static func chromeLines(_ lines: [Substring]) -> Set<Int> {
        var chrome = Set<Int>()
        var bodySeen = 0
        for (index, raw) in lines.enumerated() {
            let text = TextScanning.trimmed(raw)
            if text.isEmpty { continue }
            let lower = PhraseSet.lowerBytes(text, limit: text.utf8.count <= shortLineLength ? shortLineLength : 80)
            if chromePhrases.containsAny(lower) {
                // A tail phrase well inside the text ends the body: the rest is the page's footer.
                if bodySeen >= 3, index * 3 >= lines.count, tailPhrases.containsAny(lower) {
                    chrome.formUnion(index..<lines.count)
                    return chrome
                }
                chrome.insert(index)
            } else {
                bodySeen += 1
            }
        }
        return chrome
    }
}
