import EntenteModel

/// The rules for claims about who signed and who does what.
extension VerifyContext {
    // MARK: signing

    func signing() -> Finding {
        let states = VerifyContext.list(claim.fact)
        guard speaksOfAgreement(states) else { return .notFound(otherAgreementReason(states)) }
        let provision = agreement.provision(at: "signature") != nil ? "signature" : nil
        var why = "signed by \(Self.joined(agreement.parties))"
        if let signed = agreement.signed { why += " on \(signed)" }
        if let place = agreement.place { why += " in \(place)" }
        let others = states.filter { !isParty($0) }
        if !others.isEmpty { why += "; \(Self.joined(others)) checked against other agreements, not this one" }
        return found(.supported, provision, why)
    }

    // MARK: commitments

    /// A stated action by a party. Supported by a commitment of that party to an action of the same
    /// family, at least as firm; partly supported when the agreement only makes it a goal or an
    /// ability, or binds less firmly; not found when the actor is not a party.
    func commitment() -> Finding {
        let fields = Self.fields(claim.fact)
        guard let actor = fields["actor"], let action = fields["action"] else {
            return .notFound("the commitment could not be read")
        }
        guard isParty(actor) else {
            return .notFound("\(actor) is not a party to this agreement (its parties are \(Self.joined(agreement.parties)))")
        }
        let family = VerifyVocabulary.family(of: action)
        let strength = VerifyVocabulary.strength(ofModality: fields["modality"] ?? "will")
        let concerning = Self.list(fields["concerning"] ?? "").filter { isParty($0) && !Self.same($0, actor) }
        let claimWords = Set(VerifyVocabulary.words(claim.sentence))

        // A commitment of the actor to an action of the same family, about the same parties.
        let direct = agreement.facts.commitments.filter { commitment in
            commitment.actors.contains { Self.same(actor, $0) }
                && (commitment.action == action || (family != nil && VerifyVocabulary.family(of: commitment.action) == family))
                && (concerning.isEmpty || concerning.allSatisfy { threatens($0, in: commitment.text) })
        }.sorted { overlap($0.text, claimWords) > overlap($1.text, claimWords) }
        if let best = direct.first(where: { !$0.negated && Self.strength(of: $0.force) >= strength }) {
            return found(.supported, best.provenance.provision,
                         "\(best.provenance.provision): \(best.actorText) \(best.modality) \(best.action) — \(Self.quote(best.text))")
        }
        if let negated = direct.first(where: \.negated) {
            return found(.contradicted, negated.provenance.provision,
                         "\(negated.provenance.provision): \(negated.actorText) \(negated.modality) not \(negated.action)")
        }
        if let weaker = direct.first {
            return found(.partlySupported, weaker.provenance.provision,
                         "\(weaker.provenance.provision) binds less firmly (\(weaker.modality), \(weaker.force.rawValue)) than the claim's “\(fields["modality"] ?? "will")”")
        }

        // The action named inside another provision: as a goal, an ability, a subordinate clause.
        guard let family else { return .notFound("nothing in the agreement has \(actor) \(action)") }
        // Nearest first: the actor's clause closest to the attack on the other party it answers.
        var best: (provision: Provision, clause: String, distance: Int)?
        for provision in agreement.provisions where provision.kind != .sentence {
            let found = clauses(of: actor, family: family, in: provision.text)
            guard !found.isEmpty else { continue }
            let targets = concerning.compactMap { threatPosition($0, in: provision.text) }
            guard targets.count == concerning.count else { continue }
            for (clause, at) in found {
                let distance = targets.map { abs($0 - at) }.max() ?? 0
                guard distance <= 20 else { continue }
                if best == nil || distance < (best?.distance ?? Int.max) { best = (provision, clause, distance) }
            }
        }
        if let best {
            let lower = best.provision.text.lowercased()
            let goal = VerifyVocabulary.goalMarkers.first { lower.contains($0) }
            let how = goal.map { "only as a goal or ability (“\($0)”)" } ?? "only inside another undertaking"
            let condition = concerning.isEmpty ? "" : " if \(Self.joined(concerning)) is attacked"
            return found(.partlySupported, best.provision.path,
                         "\(best.provision.path) has \(actor) “\(best.clause)”\(condition) \(how); it does not say \(actor) \(fields["modality"] ?? "will") \(action)")
        }
        return .notFound("nothing in the agreement has \(actor) \(action)")
    }

    static func strength(of force: Force) -> Int {
        switch force {
        case .obligation: 2
        case .bestEffort: 1
        case .permission: 0
        }
    }

    /// `text` names an attack or threat against `state`: "aggression against Canada", "an attack on Canada".
    func threatens(_ state: String, in text: String) -> Bool {
        threatPosition(state, in: text) != nil
    }

    /// The word position of `state` where `text` names an attack or threat against it.
    func threatPosition(_ state: String, in text: String) -> Int? {
        let words = VerifyVocabulary.words(text)
        guard let head = VerifyVocabulary.words(state).first else { return nil }
        for (index, word) in words.enumerated() where VerifyVocabulary.isThreat(word) {
            let window = words[(index + 1)..<min(words.count, index + 5)]
            guard let preposition = window.firstIndex(where: { ["against", "on", "to", "upon"].contains($0) }),
                  let target = window[preposition...].firstIndex(of: head) else { continue }
            return target
        }
        return nil
    }

    /// Every place where `actor` in `text` is followed by an action of `family` ("Ukraine is able to
    /// provide effective military assistance"): the words up to the action, and the actor's position.
    func clauses(of actor: String, family: Int, in text: String) -> [(String, Int)] {
        let words = VerifyVocabulary.words(text)
        let head = VerifyVocabulary.words(actor)
        guard let first = head.first else { return [] }
        var found: [(String, Int)] = []
        for (index, word) in words.enumerated() where word == first {
            let start = index + head.count
            let end = min(words.count, start + 8)
            guard start < end else { continue }
            let window = Array(words[start..<end])
            if let hit = window.firstIndex(where: { VerifyVocabulary.family(of: $0) == family }) {
                found.append((window[...hit].joined(separator: " "), index))
            }
        }
        return found
    }
}
