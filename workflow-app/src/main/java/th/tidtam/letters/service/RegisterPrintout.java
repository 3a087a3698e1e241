package th.tidtam.letters.service;

import th.tidtam.org.SecrecyClass;
import th.tidtam.casework.Clearance;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;
import th.tidtam.letters.LetterFilter;
import th.tidtam.letters.LetterSummary;
import th.tidtam.letters.domain.IncomingLetter;
import th.tidtam.letters.domain.IncomingLetterRepository;
import th.tidtam.org.service.CurrentPosition;

/**
 * The register printed for a period (ทะเบียนหนังสือรับ as the regulation's form): a PDF for the file and an Excel
 * sheet, of the letters the current user may see, oldest number first, with a date line before each day's letters.
 */
@Service
public class RegisterPrintout {

    /** A year's register at most; more is a job for the archive, not a printout. */
    static final int MAX_DAYS = 366;
    static final int MAX_LETTERS = 20_000;

    /** A printed register: its period and its letters, oldest first. */
    record Period(LocalDate from, LocalDate to, List<LetterSummary> letters) {
    }

    private final IncomingLetterRepository letters;
    private final LetterAccess access;
    private final LetterViews views;
    private final RegisterPdf pdf;
    private final RegisterXlsx xlsx;

    RegisterPrintout(IncomingLetterRepository letters, LetterAccess access, LetterViews views, RegisterPdf pdf, RegisterXlsx xlsx) {
        this.letters = letters;
        this.access = access;
        this.views = views;
        this.pdf = pdf;
        this.xlsx = xlsx;
    }

    @Transactional(readOnly = true)
    public byte[] pdf(LocalDate from, LocalDate to, LetterFilter filter, boolean thaiDigits) {
        return pdf.render(period(from, to, filter), thaiDigits);
    }

    @Transactional(readOnly = true)
    public byte[] xlsx(LocalDate from, LocalDate to, LetterFilter filter) {
        return xlsx.render(period(from, to, filter));
    }

    private Period period(LocalDate from, LocalDate to, LetterFilter filter) {
        if (from == null || to == null) {
            throw new RuleViolation("letters.error.period-required");
        }
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new RuleViolation("letters.error.period-range", MAX_DAYS);
        }
        List<CurrentPosition> mine = access.mine();
        LetterFilter f = filter == null ? LetterFilter.all() : filter;
        List<IncomingLetter> found = new ArrayList<>(letters.visible(access.provinces(mine), from.atStartOfDay(), to.plusDays(1).atStartOfDay(),
                f.urgency(), f.secrecy(), f.duplicatesOnly(), null, LetterAccess.seesEverything(mine),
                access.seesRegister(mine), LetterAccess.ids(mine), Clearance.clearedIds(mine, SecrecyClass.CONFIDENTIAL),
                Clearance.clearedIds(mine, SecrecyClass.SECRET), PageRequest.of(0, MAX_LETTERS)).getContent());
        // the register reads from the oldest number; the query answers newest first
        java.util.Collections.reverse(found);
        return new Period(from, to, views.letters(found));
    }

    static String caption(Translations translations, boolean thai) {
        return translations.getTranslation("letters.doc.title", thai ? Translations.THAI : Translations.ENGLISH);
    }
}
