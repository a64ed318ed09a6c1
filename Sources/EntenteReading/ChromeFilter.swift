/// Drops web-page chrome around the body of a text copied from a browser: navigation, language
/// pickers, feedback widgets, donation and reprint appeals, copyright and cookie notices, photo
/// captions. General rules only, no site's wording:
/// - **Interface lines**: a short line made only of web-interface words ("Related Posts", "Privacy
///   and Cookie Policies.", "Table of contents"), a generic interface phrase ("report a problem",
///   "date modified", "skip to content"), or a copyright notice ("©").
/// - **Reader address**: outside quotation marks, the site speaks to its reader ("you", "your") or
///   of itself ("we", "our", "us") about the page itself: links, reprints, patrons, ads, corrections.
///   A short line addressed to the reader ("Thank you for your help!") is chrome on its own; a
///   treaty or a news story never speaks to "you" outside a quotation.
/// - **Photo captions**: a line carrying a credit ("Credit:", "Photo:", "Screenshot"), and the
///   short unpunctuated alt text right above it.
/// - **Page tail**: once a chrome line follows the body, the short lines and chrome after it up to
///   the end are the footer ("Euromaidan Press", "Related Posts").
///
/// Each line is read once, byte by byte, up to `scanLimit` bytes: linear and allocation-free.
/// A word costs one lookup in one table (`WordTable`) whatever lists it is checked against.
enum ChromeFilter {
    /// Only this many bytes of a line are read: a site's appeal says what it is early, and the
    /// cost on a huge line stays bounded.
    static let scanLimit = 640

    /// A line with at most this many words may be chrome by its words alone.
    static let shortLineWords = 8

    /// Generic interface phrases (lower case): chrome in a line of at most `shortLineWords` words.
    static let interfacePhrases = PhraseSet([
        "skip to", "report a problem", "date modified", "please select all", "table of contents", "back to top",
        "all rights reserved", "was this page helpful", "language selection", "share this", "print this",
        "read more", "read also", "log in", "sign up", "sign in", "most read", "terms of use",
    ])

    /// Interface words too common to make a line chrome on their own ("Back page", "a) and:").
    static let weakInterfaceWords = [
        "of", "and", "the", "to", "our", "on", "this", "in", "for", "a", "us", "most", "more", "also", "back", "next",
        "previous", "top", "open", "close", "read", "page", "table", "about",
    ]

    /// Words that name parts of a web page's interface; a short line of nothing else is chrome.
    static let interfaceWords = [
        "related", "posts", "post", "policies", "policy", "privacy", "cookie", "cookies", "menu", "search",
        "home", "login", "logout", "contact", "about", "share", "print", "tags", "tag", "categories", "newsletter",
        "subscribe", "comments", "comment", "advertisement", "sponsored", "top", "back", "next", "previous", "more",
        "read", "also", "language", "selection", "contents", "table", "skip", "navigation", "sitemap", "feedback",
        "facebook", "twitter", "telegram", "whatsapp", "linkedin", "youtube", "instagram", "email", "rss", "donate",
        "follow", "us", "accessibility", "copyright", "latest", "news", "trending", "popular", "page", "toggle",
        "close", "open", "of", "and", "the", "to", "our", "on", "this", "in", "for", "a", "most",
    ]

    /// Words about the page and its upkeep; with a reader address, they make a line chrome.
    static let siteWords = [
        "page", "pages", "site", "website", "web", "hyperlink", "hyperlinks", "link", "links", "click", "subscribe",
        "subscribers", "subscription", "newsletter", "donate", "donation", "donations", "patron", "patrons",
        "patreon", "ad", "ads", "advertising", "advertisers", "adblock", "blocker", "cookie", "cookies", "privacy",
        "reprint", "republish", "copyright", "email", "e-mail", "comment", "comments", "feedback", "correction",
        "corrections", "clarification", "suggestions", "suggestion", "ctrl", "materials", "reply", "enquiries",
        "inquiries", "browser", "readers", "reader", "paywall", "membership", "typo", "typos", "sponsor",
        "subscribing", "journalism", "coverage", "newsroom", "donating",
    ]

    static let secondPerson = ["you", "your", "yours"]
    static let firstPersonPlural = ["we", "our", "us", "ours"]

    /// Caption marks that open a photo's caption line.
    static let captionStarts = PhraseSet([
        "credit:", "credits:", "photo:", "photo by", "photo credit", "screenshot", "image:", "photograph:",
        "illustration:", "pictured:",
    ])

    /// Caption marks that close one ("… Screenshot from video", "… Credit: Reuters").
    static let captionEnds = PhraseSet(["credit:", "credits:", "photo:", "photo by", "photo credit", "screenshot", "getty images"])

    /// Marks of diplomatic correspondence, which speaks to "you" and "your Government" and is no
    /// web page: "Excellency", "I have the honour", "presents its compliments", "your Government", "this Note".
    static let correspondence = PhraseSet([
        "excellency", "excellence", "honour", "honor", "compliments", "sincerely", "government", "governments",
        "note", "notes", "letter", "consideration", "embassy", "ministry",
    ])

    /// What one line looks like to the filter.
    struct LineFacts {
        var words = 0
        var interfaceOnly = true
        /// Interface words that are not also common words.
        var strongInterface = 0
        var siteWords = 0
        var secondPerson = 0
        var firstPlural = 0
        var terminated = false
        /// Ends with . ! or ? (not ; or :).
        var terminatesSentence = false
        /// Diplomatic correspondence ("Excellency", "I have the honour"): not a web page.
        var salutation = false
        var caption = false
        var phrase = false
        var copyright = false
    }

    /// The 0-based indices of chrome lines in `lines`.
    static func chromeLines(_ lines: [Substring]) -> Set<Int> {
        let mask = chromeMask(lines)
        return Set(mask.indices.filter { mask[$0] })
    }

    /// Per line of `lines`: true when it is chrome. An array rather than a set of indices: the
    /// reader asks about every line, and a set costs a hash per line.
    /// What the later steps of `chromeMask` need of a line: 8 bytes instead of a whole
    /// `LineFacts`, since one is kept per line of the text.
    private struct LineSummary {
        /// The line's word count, or -1 for a blank line.
        var words: Int32
        var terminated: Bool

        var isBlank: Bool { words < 0 }
    }

    static func chromeMask(_ lines: [Substring]) -> [Bool] {
        var chrome = [Bool](repeating: false, count: lines.count)
        var facts: [LineSummary] = []
        facts.reserveCapacity(lines.count)
        var bodySeen = 0
        var lastBody = -1
        var previousNonBlank = -1
        var previousBlankGap = true
        for (index, line) in lines.enumerated() {
            guard let fact = Self.facts(line) else {
                facts.append(LineSummary(words: -1, terminated: false))
                previousBlankGap = true
                continue
            }
            facts.append(LineSummary(words: Int32(clamping: fact.words), terminated: fact.terminated))
            if isChrome(fact) {
                chrome[index] = true
                // Alt text: a short unpunctuated line right above a caption, with no blank between.
                if fact.caption, !previousBlankGap, previousNonBlank >= 0, !facts[previousNonBlank].isBlank,
                   !facts[previousNonBlank].terminated, facts[previousNonBlank].words <= 16 {
                    chrome[previousNonBlank] = true
                }
            } else {
                bodySeen += 1
                lastBody = index
            }
            previousNonBlank = index
            previousBlankGap = false
        }
        guard bodySeen > 0 else { return chrome }
        // The page tail: after the last full sentence of body, a chrome line starts the footer, and
        // short lines after it ("Site Name", "Related Posts") belong to it.
        var tailStart: Int?
        var index = lines.count - 1
        while index > 0 {
            let fact = facts[index]
            if !fact.isBlank {
                if chrome[index] {
                    tailStart = index
                } else if fact.terminated || Int(fact.words) > shortLineWords {
                    break
                }
            }
            index -= 1
        }
        if let tailStart, tailStart > lastBody || bodySeen >= 3 {
            for line in tailStart..<lines.count where !facts[line].isBlank { chrome[line] = true }
        }
        return chrome
    }

    /// Spaces, closing quotes and brackets, and the bytes of ” and ’ (E2 80 9D, E2 80 99).
    @inline(__always)
    private static func isCloser(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x22, 0x27, 0x29, 0x5D, 0x9D, 0x99, 0x80, 0xE2: return true
        default: return false
        }
    }

    static func isChrome(_ fact: LineFacts) -> Bool {
        if fact.copyright && fact.words <= shortLineWords { return true }
        if fact.caption && fact.words <= 60 { return true }
        let short = fact.words <= shortLineWords
        if short && ((fact.interfaceOnly && fact.words >= 2 && fact.strongInterface >= 1) || fact.phrase) { return true }
        // Speaking to the reader: a short sentence ("Thank you for your help!"; not a letter's
        // salutation, "Your Excellency,"), or any line about the site itself.
        if fact.salutation { return false }
        if fact.secondPerson > 0 && ((fact.words <= 12 && fact.terminatesSentence) || fact.siteWords >= 1) { return true }
        if fact.firstPlural > 0 && fact.siteWords >= 2 { return true }
        return false
    }

    /// Every word list above in one table: a word's hash maps to the lists it is in, so a word
    /// costs one lookup however many lists there are.
    /// Added list by list rather than from an array of (list, bit) pairs, whose type the runtime
    /// would instantiate at first use for this alone.
    private static let wordKinds = {
        var table = WordTable(capacity: interfaceWords.count + weakInterfaceWords.count + siteWords.count + 7)
        table.add(interfaceWords, as: WordTable.interface)
        table.add(weakInterfaceWords, as: WordTable.weakInterface)
        table.add(siteWords, as: WordTable.site)
        table.add(secondPerson, as: WordTable.secondPerson)
        table.add(firstPersonPlural, as: WordTable.firstPlural)
        return table
    }()

    /// Per byte: the byte as it enters a word's hash (ASCII letters lower-cased, digits, hyphen,
    /// non-ASCII bytes), or 0 for a byte that ends a word or needs a closer look (E2, C2).
    private static let wordBytes: [UInt8] = (0...255).map { value in
        let byte = UInt8(value)
        switch byte {
        case 0x41...0x5A: return byte | 0x20
        case 0x61...0x7A, 0x30...0x39, 0x2D: return byte
        case 0xC2, 0xE2: return 0
        case 0x80...: return byte
        default: return 0
        }
    }

    /// Reads one line's words (ASCII-lower-cased, outside double quotes), or nil for a blank line.
    static func facts(_ line: Substring) -> LineFacts? {
        StructureScanning.withBytes(line) { facts(bytes: $0, line: line) }
    }

    private static func facts(bytes utf8: UnsafeBufferPointer<UInt8>, line: Substring) -> LineFacts? {
        var fact = LineFacts()
        var word: UInt64 = WordTable.seed
        var wordLength = 0
        var inQuote = false
        var any = false
        let table = wordKinds
        func finish() {
            guard wordLength > 0 else { return }
            fact.words += 1
            let kinds = table.kinds(of: word)
            if kinds & WordTable.interface == 0 {
                fact.interfaceOnly = false
            } else if kinds & WordTable.weakInterface == 0 {
                fact.strongInterface += 1
            }
            if !inQuote {
                if kinds & WordTable.site != 0 { fact.siteWords += 1 }
                if kinds & WordTable.secondPerson != 0 { fact.secondPerson += 1 }
                if kinds & WordTable.firstPlural != 0 { fact.firstPlural += 1 }
            }
            word = WordTable.seed
            wordLength = 0
        }
        // Only the first `scanLimit` bytes are read; `index` counts them.
        let limit = min(utf8.count, scanLimit)
        var index = 0
        // A local copy of the table: reading it through a closure would make every variable the
        // loop shares with `finish` subject to run-time exclusivity checks. Read through a pointer,
        // since a byte always indexes its 256 entries and an array would check every index.
        let wordBytesArray = Self.wordBytes
        while index < limit {
            let byte = utf8[index]
            index += 1
            // A letter (lower-cased), digit, hyphen or non-ASCII byte extends the word: one table
            // lookup decides the common case, and the rest of the word is hashed in a tight loop of
            // its own, which leaves the word's length and `any` to be set once per word.
            var folded = wordBytesArray.withUnsafeBufferPointer { $0[Int(byte)] }
            if folded != 0 {
                var hash = word
                let start = index
                wordBytesArray.withUnsafeBufferPointer { wordBytes in
                    while true {
                        hash = WordTable.mix(hash, folded)
                        guard index < limit else { break }
                        folded = wordBytes[Int(utf8[index])]
                        if folded == 0 { break }
                        index += 1
                    }
                }
                word = hash
                wordLength += index - start + 1
                any = true
                continue
            }
            if byte < 0x80 {
                // Anything else ASCII ends the word; a straight double quote opens or closes a quotation.
                finish()
                if byte == 0x22 { inQuote.toggle() }
                if byte != 0x20 && byte != 0x09 { any = true }
                continue
            }
            if byte == 0xE2 {
                // U+2000…U+2FFF is punctuation and symbols (quotes, dashes, bullets): a separator.
                // “ (E2 80 9C) opens a quotation and ” (E2 80 9D) closes it.
                finish()
                var second: UInt8 = 0
                var third: UInt8 = 0
                if index < limit { second = utf8[index]; index += 1 }
                if index < limit { third = utf8[index]; index += 1 }
                if second == 0x80 {
                    if third == 0x9C { inQuote = true } else if third == 0x9D { inQuote = false }
                }
                any = true
                continue
            }
            // C2 (the table leaves it out) is part of a word too; C2 A9 is ©.
            if index < utf8.count, utf8[index] == 0xA9 { fact.copyright = true }
            word = WordTable.mix(word, byte)
            wordLength += 1
            any = true
        }
        finish()
        guard any else { return nil }
        // The bytes read, ASCII-lower-cased by the phrase tests themselves.
        let scanned = UnsafeBufferPointer(rebasing: utf8[0..<index])
        let lastSignificant: UInt8
        if utf8.count > index {
            // The rest of a huge line: only its words' count and its last character matter.
            fact.words += 1 + utf8.count / 8
            lastSignificant = TextScanning.lastSignificant(line).map { UInt8(truncatingIfNeeded: $0.value) } ?? 0
        } else {
            // Closing quotes and brackets do not hide what the line ends with (none is a letter,
            // so the raw bytes answer as the lower-cased ones would).
            var probe = index - 1
            while probe >= 0, Self.isCloser(utf8[probe]) { probe -= 1 }
            lastSignificant = probe >= 0 ? StructureScanning.lower(utf8[probe]) : 0
        }
        fact.terminatesSentence = lastSignificant == 0x2E || lastSignificant == 0x21 || lastSignificant == 0x3F
        // Only a line that addresses someone can be correspondence: the test is costly, skip it otherwise.
        if fact.secondPerson > 0 || fact.firstPlural > 0 { fact.salutation = correspondence.containsAnyWord(scanned) }
        fact.terminated = lastSignificant == 0x2E || lastSignificant == 0x21 || lastSignificant == 0x3F
            || lastSignificant == 0x3B || lastSignificant == 0x3A
        if fact.words <= 60 {
            // A credit opens or closes a caption; inside a sentence "credit:" is a treaty's word.
            fact.caption = captionStarts.containsAnyWord(UnsafeBufferPointer(rebasing: scanned.prefix(12)))
                || captionEnds.containsAnyWord(UnsafeBufferPointer(rebasing: scanned.suffix(32)))
            if fact.words <= shortLineWords { fact.phrase = interfacePhrases.containsAnyWord(scanned) }
        }
        // "Copyright 2024 Site": the word opening a line with a year; "Copyright and related rights"
        // and "WIPO Copyright Treaty (1996)" are a treaty's words.
        if !fact.copyright, fact.words <= shortLineWords, StructureScanning.hasLowerPrefix(scanned, "copyright"),
           scanned.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
            fact.copyright = true
        }
        return fact
    }
}

/// Several word lists in one open-addressing table of 64-bit hashes of their words (FNV-1a of
/// the lower-case UTF-8), each word with a bit per list it is in: one probe answers for every
/// list, and looking a word up while scanning bytes needs no String, no allocation and no `Hasher`.
struct WordTable {
    static let interface: UInt8 = 1
    static let weakInterface: UInt8 = 2
    static let site: UInt8 = 4
    static let secondPerson: UInt8 = 8
    static let firstPlural: UInt8 = 16

    /// The hash of the empty word, which `mix` extends byte by byte.
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Power-of-two table, at most a quarter full; 0 marks an empty slot (no word hashes to 0).
    private var slots: [UInt64]
    private var kinds: [UInt8]
    private let mask: Int

    /// An empty table for at most `capacity` words.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 4 { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
        kinds = [UInt8](repeating: 0, count: size)
        mask = size - 1
    }

    /// Adds `words` (lower case) to the list of bit `bit`.
    mutating func add(_ words: [String], as bit: UInt8) {
        for word in words {
            let hash = word.utf8.reduce(Self.seed) { Self.mix($0, $1) }
            var slot = Int(truncatingIfNeeded: hash >> 7) & mask
            while slots[slot] != 0, slots[slot] != hash { slot = (slot + 1) & mask }
            slots[slot] = hash
            kinds[slot] |= bit
        }
    }

    /// FNV-1a step.
    @inline(__always)
    static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// The bits of the lists that hold the word with this hash (0 for none).
    @inline(__always)
    func kinds(of hash: UInt64) -> UInt8 {
        var slot = Int(truncatingIfNeeded: hash >> 7) & mask
        while true {
            let stored = slots[slot]
            if stored == hash { return kinds[slot] }
            if stored == 0 { return 0 }
            slot = (slot + 1) & mask
        }
    }
}
