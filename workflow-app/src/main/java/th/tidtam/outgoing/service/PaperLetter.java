package th.tidtam.outgoing.service;

/**
 * A letter already signed on paper that a clerk registers directly: its text, who signed it as printed under the
 * signature (name, then the position lines, e.g. "รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน" / "ผู้ว่าราชการจังหวัดฉะเชิงเทรา"),
 * and its date when it is registered late (default today; never in the future, never before the last letter of its
 * series in that year, so that the register's numbers keep the order of their dates).
 */
public record PaperLetter(LetterForm letter, String signerName, String signerLines, java.time.LocalDate letterDate) {
}
