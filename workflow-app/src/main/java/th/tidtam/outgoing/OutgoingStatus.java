package th.tidtam.outgoing;

/** Where an outgoing letter stands. */
public enum OutgoingStatus {
    /** ร่าง: being written, no number yet */
    DRAFT,
    /** a memo asking for signature is up the chain; still no number, still editable by its drafters */
    PRESENTED,
    /** signed in Tidtam: numbered and dated in the signing transaction */
    SIGNED,
    /** signed on paper and registered by a clerk: numbered when registered */
    REGISTERED,
    /** given up before signing */
    WITHDRAWN;

    /** It has a number in the register. */
    public boolean numbered() {
        return this == SIGNED || this == REGISTERED;
    }

    /** Its text may still change. */
    public boolean editable() {
        return this == DRAFT || this == PRESENTED;
    }
}
