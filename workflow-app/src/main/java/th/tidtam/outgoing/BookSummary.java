package th.tidtam.outgoing;

/** A register book (สมุดทะเบียนหนังสือส่ง) of an issuing unit, with the unit's owner code, e.g. "ฉช 0017.2". */
public record BookSummary(long id, long unitId, String ownerCode, String nameTh, String nameEn, boolean active) {

    public String name(boolean thai) {
        return thai ? nameTh : nameEn;
    }
}
