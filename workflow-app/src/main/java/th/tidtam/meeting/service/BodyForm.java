package th.tidtam.meeting.service;

import th.tidtam.meeting.BodyKind;

/** A body as the secretariat registers or changes it; {@code cutOffWorkingDays} defaults to 5, {@code active} to true. */
public record BodyForm(String code, String nameTh, String nameEn, BodyKind kind, Long chairPositionId,
        Long secretaryUnitId, String defaultRoom, Integer cutOffWorkingDays, Boolean active) {
}
