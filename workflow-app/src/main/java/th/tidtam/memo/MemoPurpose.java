package th.tidtam.memo;

/** เพื่อโปรด… — what a level asks of the next. */
public enum MemoPurpose {
    /** เพื่อโปรดทราบ */
    INFORMATION,
    /** เพื่อโปรดพิจารณา */
    CONSIDERATION,
    /** เพื่อโปรดลงนาม */
    SIGNATURE
}
