import EntenteModel
import EntenteReading

/// The facts a report states, one `Claim` per fact, each with the sentence that states it.
///
/// A report's paragraphs `N` have sentence children `N.M`; every sentence is read on its own and
/// may state several facts ("valid for 10 years and … a 24-hour emergency response" gives a
/// duration and a deadline). The kinds, with their normalised `fact`:
///
/// | claim        | fact                                                     |
/// |--------------|----------------------------------------------------------|
/// | `amount`     | `[qualifier ]VALUE CURRENCY[ in YEAR]`: `over 3000000000 CAD in 2024` |
/// | `duration`   | ISO 8601: `P10Y`                                         |
/// | `deadline`   | ISO 8601: `PT24H` (hours, days, or "within …")          |
/// | `date`       | ISO 8601: `2023-07-12`                                   |
/// | `place`      | the place as written: `Vilnius`                          |
/// | `signing`    | the states said to sign, in order: `Ukraine, Italy, Canada` |
/// | `commitment` | `actor: …; modality: …; action: …[; condition: …][; concerning: …][; by: …]` |
///
/// A bracketed restatement of a sum in another currency ("$3 billion Canadian dollars (about
/// $2.15 billion)") is a conversion, not a second claim. Only reports have claims.
public struct ClaimExtractor: Sendable {
    public init() {}

    public func extract(from document: Document) -> [Claim] {
        guard document.kind == .report else { return [] }
        var claims: [Claim] = []
        for provision in ExtractionProvisions.scanned(document) {
            let origin = ExtractionProvisions.provenance(provision)
            let sentences = provision.kind == .sentence ? [provision.text] : ProvisionSentences.split(provision.text)
            for sentence in sentences {
                claims += ClaimSentence(text: sentence, provenance: origin).claims()
            }
        }
        return claims
    }
}
