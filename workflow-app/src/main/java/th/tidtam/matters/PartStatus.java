package th.tidtam.matters;

/** One holder's share of a matter. */
public enum PartStatus {
    /** given to a unit, waiting for its head to accept or decline */
    OFFERED,
    /** declined with a reason: back with the head of office to give to someone else */
    DECLINED,
    /** accepted (or kept by an office group): being worked on */
    WORKING,
    /** the final report waits for the head of office's review */
    REPORTED,
    DONE;

    public boolean open() {
        return this != DONE;
    }
}
