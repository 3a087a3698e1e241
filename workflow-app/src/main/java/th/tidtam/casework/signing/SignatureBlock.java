package th.tidtam.casework.signing;

import java.util.List;

/**
 * What stands under a signature: the name in brackets, then one or two lines of position — e.g.
 * {@code (นายสมชาย ใจดี)} / {@code รองผู้ว่าราชการจังหวัดฉะเชิงเทรา (1) ปฏิบัติราชการแทน} / {@code ผู้ว่าราชการจังหวัดฉะเชิงเทรา}.
 *
 * @param name  the signer's full name in brackets, as printed
 * @param lines the position lines below it, top first
 */
public record SignatureBlock(String name, List<String> lines) {
}
