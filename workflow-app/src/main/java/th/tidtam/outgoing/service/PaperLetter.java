package th.tidtam.outgoing.service;

/**
 * A letter already signed on paper that a clerk registers directly: its text, and who signed it as printed under the
 * signature (name, then the position lines, e.g. "รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน" / "ผู้ว่าราชการจังหวัดฉะเชิงเทรา").
 */
public record PaperLetter(LetterForm letter, String signerName, String signerLines) {
}
