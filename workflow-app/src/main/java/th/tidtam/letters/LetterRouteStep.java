package th.tidtam.letters;

import java.time.Instant;

/** A step of a letter's route: the position, what it did, by whom and when, and the note written with it. */
public record LetterRouteStep(long positionId, String positionTitleTh, String positionTitleEn, RouteRole role, String note,
        String byName, Instant at) {

    public String positionTitle(boolean thai) {
        return thai ? positionTitleTh : positionTitleEn;
    }
}
