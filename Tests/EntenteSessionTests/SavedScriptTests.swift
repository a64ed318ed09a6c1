import Foundation
import Testing
@testable import EntenteSession

@Suite struct SavedScriptTests {
    @Test(arguments: [("/a/b/docs/c.txt", "/a/b", "docs/c.txt"), ("/a/b/c.txt", "/a/b/saved", "../c.txt"),
                      ("/a/x/c.txt", "/a/b/saved", "../../x/c.txt"), ("/other/c.txt", "/a/b", "/other/c.txt")])
    func loadPathsAreRelativeToTheScript(target: String, directory: String, expected: String) {
        #expect(SavedScript.relativePath(of: target, from: directory) == expected)
    }

    @Test func namesThatAreNotPlainWordsAreQuoted() {
        #expect(SavedScript.nameLiteral("canada") == "canada")
        #expect(SavedScript.nameLiteral("canada-ukraine-2024") == "\"canada-ukraine-2024\"")
        #expect(SavedScript.nameLiteral("where") == "\"where\"")
        #expect(SavedScript.quoted("a \"b\" \\c") == "\"a \\\"b\\\" \\\\c\"")
    }

    @Test func aScriptPinsLoadsAndKeepsStatementsAndModeInOrder() {
        let steps: [SavedStep] = [.load(absolutePath: "/w/docs/c.txt", name: "c", sha256: "ab"), .statement("documents | count"),
                                  .mode("json"), .note("the document `stdin` was read from <stdin>")]
        #expect(SavedScript.render(steps, scriptPath: "/w/s.entente", withOutput: false, parameters: ["k": "v"]) == """
            -- An entente session: replay it with `entente -f s.entente`.
            -- It uses parameters: -v k=v
            load "docs/c.txt" as c sha256 "ab"
            documents | count
            .mode json
            -- the document `stdin` was read from <stdin>

            """)
    }
}

@Suite struct UnifiedDiffTests {
    @Test func equalTextsHaveNoDiff() {
        #expect(UnifiedDiff(expected: ["a", "b"], actual: ["a", "b"]).render(expectedName: "x", actualName: "y") == "")
    }

    @Test func aChangeShowsRemovalThenAdditionWithThreeLinesOfContext() {
        let old = ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
        var new = old
        new[4] = "five"
        new.append("10")
        #expect(UnifiedDiff(expected: old, actual: new).render(expectedName: "old", actualName: "new") == """
            --- old
            +++ new
            @@ -2,8 +2,9 @@
             2
             3
             4
            -5
            +five
             6
             7
             8
             9
            +10

            """)
    }

    @Test func distantChangesMakeSeparateHunks() {
        let old = (1...20).map(String.init)
        var new = old
        new[0] = "one"
        new[19] = "twenty"
        let diff = UnifiedDiff(expected: old, actual: new).render(expectedName: "a", actualName: "b")
        #expect(diff.contains("@@ -1,4 +1,4 @@\n-1\n+one\n"), "\(diff)")
        #expect(diff.contains("@@ -17,4 +17,4 @@\n 17\n 18\n 19\n-20\n+twenty\n"), "\(diff)")
    }
}
