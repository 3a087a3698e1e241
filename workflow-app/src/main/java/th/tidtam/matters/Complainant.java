package th.tidtam.matters;

/**
 * A complainant's personal data (PDPA): seen only by the positions on the matter's route, every view audited.
 *
 * @param nationalId 13 digits with the check digit verified; optional
 */
public record Complainant(String fullName, String nationalId, String address, String phone, String email) {
}
