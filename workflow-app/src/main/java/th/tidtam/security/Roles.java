package th.tidtam.security;

/** Role names used in {@code @RolesAllowed} and URL rules; each derives from the user's current positions. */
public final class Roles {

    public static final String USER = "USER";
    public static final String GOVERNOR = "GOVERNOR";
    public static final String VICE_GOVERNOR = "VICE_GOVERNOR";
    public static final String HEAD_OF_OFFICE = "HEAD_OF_OFFICE";
    public static final String UNIT_HEAD = "UNIT_HEAD";
    public static final String STAFF = "STAFF";
    public static final String SECRETARIAT = "SECRETARIAT";
    /** the installation's administrator: an ADMINISTRATOR position in no province (the system unit) */
    public static final String ADMIN = "ADMIN";
    /** a province's administrator: an ADMINISTRATOR position inside a province; manages that province only */
    public static final String PROVINCE_ADMIN = "PROVINCE_ADMIN";
    /** the Ministry of Interior's follow-up desk: every province's figures side by side, nothing else */
    public static final String MINISTRY = "MINISTRY";

    private Roles() {
    }
}
