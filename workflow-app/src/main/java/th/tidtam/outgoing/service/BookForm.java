package th.tidtam.outgoing.service;

/** A register book: the issuing unit, its owner code ("ฉช 0017.2"), its names; {@code active} false closes it. */
public record BookForm(Long unitId, String ownerCode, String nameTh, String nameEn, Boolean active) {
}
