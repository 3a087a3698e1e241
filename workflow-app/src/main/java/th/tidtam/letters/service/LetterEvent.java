package th.tidtam.letters.service;

/** What the timeline of an incoming letter records; the screens translate {@code letters.event.<name>}. */
enum LetterEvent {
    REGISTERED, CORRECTED, DUPLICATE_FLAGGED, HANDED, FILED, PRESENTED, DECIDED
}
