package th.tidtam.meeting;

/** A body that meets: the monthly meeting or a committee, chaired by a position, kept by a secretary unit. */
public record BodySummary(long id, String code, String nameTh, String nameEn, BodyKind kind, long chairPositionId,
        Long secretaryUnitId, String defaultRoom, int cutOffWorkingDays, boolean active) {

    public String name(boolean thai) {
        return thai ? nameTh : nameEn;
    }
}
