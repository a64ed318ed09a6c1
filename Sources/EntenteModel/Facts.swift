/// How firmly a commitment binds, from the modal and the verb that carry it.
public enum Force: String, Sendable, Hashable, CaseIterable, Codable {
    /// will, shall, must, commit, undertake, agree.
    case obligation
    /// strive, seek, aim, endeavour, explore, consider, intend.
    case bestEffort = "best-effort"
    /// may, can.
    case permission
}

/// Where a fact was read: every answer points back to the text.
public struct Provenance: Sendable, Hashable {
    /// Path of the provision the fact comes from.
    public var provision: String
    /// 1-based source line of the provision.
    public var line: Int

    public init(provision: String, line: Int) {
        self.provision = provision
        self.line = line
    }
}

/// Who commits to what, how firmly, on which condition, by when.
public struct Commitment: Sendable, Hashable {
    public var provenance: Provenance
    /// Resolved party names ("the Participants" → both parties), in the document's party order.
    public var actors: [String]
    /// The actor as written ("the Participants", "Canada").
    public var actorText: String
    /// The modal, normalised: will, shall, must, may, can, intend, commit, agree, undertake, …
    public var modality: String
    public var force: Force
    /// Lemma of the main verb: provide, consult, terminate.
    public var action: String
    /// The triggering clause ("In the event of renewed Russian aggression…"), if any.
    public var condition: String?
    /// ISO 8601 duration (`PT24H`) or date by which the action is due, if any.
    public var deadline: String?
    /// Amounts of money named in the commitment, as written.
    public var amounts: [String]
    /// The heading the commitment sits under.
    public var topic: String
    /// True when the commitment is negated ("will not", "shall not").
    public var negated: Bool
    /// The sentence or item that carries the commitment.
    public var text: String

    public init(provenance: Provenance, actors: [String], actorText: String, modality: String, force: Force,
                action: String, condition: String? = nil, deadline: String? = nil, amounts: [String] = [],
                topic: String, negated: Bool = false, text: String) {
        self.provenance = provenance
        self.actors = actors
        self.actorText = actorText
        self.modality = modality
        self.force = force
        self.action = action
        self.condition = condition
        self.deadline = deadline
        self.amounts = amounts
        self.topic = topic
        self.negated = negated
        self.text = text
    }
}

/// An agreement-level term: how the agreement starts, lasts, is reviewed, amended and ends.
public struct Term: Sendable, Hashable {
    public var provenance: Provenance
    /// entry-into-force, duration, termination, review, amendment, extension, dispute-resolution,
    /// applicability, signature, …
    public var kind: String
    /// Normalised: `P10Y`, `P6M` (notice), "on signature", "mutual written consent".
    public var value: String
    /// The sentence the term was read from.
    public var text: String

    public init(provenance: Provenance, kind: String, value: String, text: String) {
        self.provenance = provenance
        self.kind = kind
        self.value = value
        self.text = text
    }
}

/// A sum of money (never a percentage or a count).
public struct Amount: Sendable, Hashable {
    public var provenance: Provenance
    /// The full number: 3.02B → 3020000000.
    public var value: Double
    /// ISO 4217 code, or nil when nothing tells.
    public var currency: String?
    /// True when the currency comes from context ("$" in a Canadian agreement is CAD), not the text.
    public var currencyInferred: Bool
    /// "more than", "up to", "about", … or nil.
    public var qualifier: String?
    /// The year the text ties the amount to, if any.
    public var year: Int?
    /// The amount as written.
    public var text: String

    public init(provenance: Provenance, value: Double, currency: String?, currencyInferred: Bool = false,
                qualifier: String? = nil, year: Int? = nil, text: String) {
        self.provenance = provenance
        self.value = value
        self.currency = currency
        self.currencyInferred = currencyInferred
        self.qualifier = qualifier
        self.year = year
        self.text = text
    }
}

/// A calendar date named in the text.
public struct DateMention: Sendable, Hashable {
    public var provenance: Provenance
    /// ISO 8601: `2024-02-24`, or `2022-02` for a month and year.
    public var date: String
    /// What the date is, where clear: signature, entry-into-force, event, …
    public var role: String?
    public var text: String

    public init(provenance: Provenance, date: String, role: String? = nil, text: String) {
        self.provenance = provenance
        self.date = date
        self.role = role
        self.text = text
    }
}

/// A length of time named in the text: "twenty-four (24) hours" → `PT24H`.
public struct DurationMention: Sendable, Hashable {
    public var provenance: Provenance
    /// ISO 8601 duration.
    public var duration: String
    public var text: String

    public init(provenance: Provenance, duration: String, text: String) {
        self.provenance = provenance
        self.duration = duration
        self.text = text
    }
}

/// An organisation, state or instrument the text names, with how often.
public struct Entity: Sendable, Hashable {
    /// Where it is first named.
    public var provenance: Provenance
    public var name: String
    /// organization, state, instrument, person, …
    public var kind: String
    public var mentions: Int

    public init(provenance: Provenance, name: String, kind: String, mentions: Int) {
        self.provenance = provenance
        self.name = name
        self.kind = kind
        self.mentions = mentions
    }
}

/// A fact a report states, to be checked against agreements.
public struct Claim: Sendable, Hashable {
    public var provenance: Provenance
    /// What kind of fact: amount, duration, deadline, date, signing, …
    public var claim: String
    /// The fact, normalised where it can be (`P10Y`, `3000000000 CAD`, `2024-01-12`).
    public var fact: String
    /// The sentence that states it.
    public var sentence: String

    public init(provenance: Provenance, claim: String, fact: String, sentence: String) {
        self.provenance = provenance
        self.claim = claim
        self.fact = fact
        self.sentence = sentence
    }
}

/// Everything extracted from a document's provisions, each fact with its provenance.
public struct Facts: Sendable, Hashable {
    public var commitments: [Commitment]
    public var terms: [Term]
    public var amounts: [Amount]
    public var dates: [DateMention]
    public var durations: [DurationMention]
    public var entities: [Entity]
    public var claims: [Claim]

    public init(commitments: [Commitment] = [], terms: [Term] = [], amounts: [Amount] = [], dates: [DateMention] = [],
                durations: [DurationMention] = [], entities: [Entity] = [], claims: [Claim] = []) {
        self.commitments = commitments
        self.terms = terms
        self.amounts = amounts
        self.dates = dates
        self.durations = durations
        self.entities = entities
        self.claims = claims
    }
}
