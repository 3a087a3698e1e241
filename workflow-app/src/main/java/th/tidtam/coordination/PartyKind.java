package th.tidtam.coordination;

/** AGENCY: a unit of the chain of command, answers in My work; PARTNER: answers through a one-time link. */
public enum PartyKind {
    AGENCY, PARTNER
}
