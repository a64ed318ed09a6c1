import Testing
@testable import EntenteLineEditor

@Suite struct CompletionTests {
    private func decide(_ line: String, _ candidates: [String]) -> Completion {
        Completion.decide(word: CompletionWord(lineBeforeCursor: line), candidates: candidates)
    }

    @Test func noCandidateBeeps() {
        #expect(decide("zz", []) == .none)
    }

    @Test func oneCandidateReplacesTheWordAndEndsIt() {
        #expect(decide("provi", ["provisions"]) == .replace(deleting: 5, with: "provisions "))
        #expect(decide("PROVI", ["provisions"]) == .replace(deleting: 5, with: "provisions "))
        #expect(decide("", [".help"]) == .replace(deleting: 0, with: ".help "))
    }

    @Test func oneCandidateInsideQuotesClosesTheString() {
        #expect(decide("load \"Examples/agreements/can", ["Examples/agreements/canada.txt"])
                == .replace(deleting: 23, with: "Examples/agreements/canada.txt\" "))
    }

    @Test func aDirectoryStaysOpen() {
        #expect(decide("load \"Exa", ["Examples/"]) == .replace(deleting: 3, with: "Examples/"))
    }

    @Test func severalCandidatesInsertTheirCommonPrefix() {
        #expect(decide("p", ["provisions", "provenance"]) == .replace(deleting: 1, with: "prov"))
    }

    @Test func severalCandidatesWithNothingToAddAreListedSorted() {
        #expect(decide("prov", ["provisions", "provenance", "provisions"]) == .list(["provenance", "provisions"]))
        #expect(decide("", ["where", "select", "count"]) == .list(["count", "select", "where"]))
    }

    @Test func deletesUnicodeScalarsNotBytes() {
        #expect(decide("ще", ["щедрість"]) == .replace(deleting: 2, with: "щедрість "))
    }

    @Test func commonPrefixIsByCharacter() {
        #expect(Completion.commonPrefix(["Україна", "Украї", "Укр"]) == "Укр")
        #expect(Completion.commonPrefix(["a", "b"]) == "")
        #expect(Completion.commonPrefix([]) == "")
    }

    @Test func columnsReadDownThenAcross() {
        #expect(Completion.columns(["a", "b", "c", "d", "e"], width: 9) == "a  c  e\nb  d\n")
        #expect(Completion.columns(["only"], width: 2) == "only\n")
    }
}
