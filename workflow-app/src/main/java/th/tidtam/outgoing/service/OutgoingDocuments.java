package th.tidtam.outgoing.service;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.outgoing.LetterSummary;

/** The module's documents: the letter as an A4 PDF, the register of a period as PDF and Excel. */
@Service
public class OutgoingDocuments {

    /** A file to hand out: its name and bytes. */
    public record Document(String filename, byte[] bytes) {
    }

    private final OutgoingDrafts drafts;
    private final OutgoingRegister register;
    private final LetterPdf letterPdf;
    private final OutgoingRegisterPdf registerPdf;
    private final OutgoingRegisterXlsx registerXlsx;

    OutgoingDocuments(OutgoingDrafts drafts, OutgoingRegister register, LetterPdf letterPdf, OutgoingRegisterPdf registerPdf,
            OutgoingRegisterXlsx registerXlsx) {
        this.drafts = drafts;
        this.register = register;
        this.letterPdf = letterPdf;
        this.registerPdf = registerPdf;
        this.registerXlsx = registerXlsx;
    }

    @Transactional(readOnly = true)
    public Document letter(long id, boolean thaiDigits) {
        LetterSummary l = drafts.letter(id).orElseThrow(OutgoingAccess::notFound);
        String name = (l.number() == null ? "ร่างหนังสือ-" + l.id() : "หนังสือ " + l.number()).replace('/', '-') + ".pdf";
        return new Document(name, letterPdf.render(l, thaiDigits));
    }

    @Transactional(readOnly = true)
    public Document registerPdf(Long bookId, LocalDate from, LocalDate to, boolean thaiDigits) {
        return new Document("ทะเบียนหนังสือส่ง-" + from + "-" + to + ".pdf",
                registerPdf.render(register.lines(bookId, from, to), thaiDigits));
    }

    @Transactional(readOnly = true)
    public Document registerXlsx(Long bookId, LocalDate from, LocalDate to, boolean thaiDigits) {
        return new Document("ทะเบียนหนังสือส่ง-" + from + "-" + to + ".xlsx",
                registerXlsx.render(register.lines(bookId, from, to), thaiDigits));
    }
}
