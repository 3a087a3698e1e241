package th.tidtam.casework;

import java.util.Objects;

/**
 * Which case something belongs to: the case type's key (e.g. {@code DIRECTIVE}, registered by the feature that owns
 * it) and the case's id within that type. The core stores both as plain columns and never interprets them.
 */
public record CaseRef(String type, long id) {

    public static final int MAX_TYPE = 32;

    public CaseRef {
        Objects.requireNonNull(type, "case type");
        if (type.isBlank() || type.length() > MAX_TYPE) {
            throw new IllegalArgumentException("case type must be 1.." + MAX_TYPE + " characters: " + type);
        }
    }

    public static CaseRef of(String type, long id) {
        return new CaseRef(type, id);
    }
}
