package th.tidtam.casework;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A read the audit trail must keep: a classified case, or a complainant's personal data (PDPA). The owning module
 * publishes it during the read; the audit module writes one VIEW row in a transaction of its own, synchronously, so a
 * read whose row cannot be written fails instead of going unrecorded.
 *
 * @param ref              the case read
 * @param what             what was read: {@code case}, {@code complainant}, {@code attachment} …
 * @param classification   the secrecy class's name (CONFIDENTIAL, SECRET) or {@link #PERSONAL_DATA}
 * @param routePositionIds the positions on the case's route, recorded with the row (who should have seen it)
 * @param details          what else identifies the read (a number, an attachment id); no personal data itself
 */
public record CaseRead(CaseRef ref, String what, String classification, List<Long> routePositionIds,
        Map<String, Object> details) {

    public static final String PERSONAL_DATA = "PERSONAL_DATA";

    public CaseRead {
        Objects.requireNonNull(ref, "case");
        Objects.requireNonNull(what, "what");
        routePositionIds = routePositionIds == null ? List.of() : List.copyOf(routePositionIds);
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
