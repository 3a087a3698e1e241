package th.tidtam.letters.service;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.attachment.AttachmentPolicy;
import th.tidtam.letters.domain.IncomingLetter;
import th.tidtam.letters.domain.IncomingLetterRepository;
import th.tidtam.org.service.CurrentPosition;

/**
 * The incoming letter's answer to the casework core's attachment port: the scanned letter and what came with it belong
 * to the whole letter (no parts). The correspondence section attaches them at any time; the position handling the
 * letter while it is with it.
 */
@Component
class LetterAttachmentRules implements AttachmentPolicy {

    private final IncomingLetterRepository letters;
    private final LetterAccess access;

    LetterAttachmentRules(IncomingLetterRepository letters, LetterAccess access) {
        this.letters = letters;
        this.access = access;
    }

    @Override
    public String caseType() {
        return LetterCase.TYPE;
    }

    @Override
    public CurrentPosition attacher(List<CurrentPosition> mine, long caseId, Long partId, Long reportId) {
        IncomingLetter letter = letters.findById(caseId).filter(l -> access.sees(mine, l)).orElseThrow(LetterAccess::notFound);
        if (partId != null || reportId != null) {
            throw new RuleViolation("attachment.error.part-not-on-directive");
        }
        return uploader(mine, letter).orElseThrow(() -> new RuleViolation("attachment.error.no-position"));
    }

    @Override
    public boolean mayAttach(List<CurrentPosition> mine, long caseId, Long partId) {
        return partId == null && letters.findById(caseId).filter(l -> access.sees(mine, l)).flatMap(l -> uploader(mine, l))
                .isPresent();
    }

    private Optional<CurrentPosition> uploader(List<CurrentPosition> mine, IncomingLetter letter) {
        return access.clerk(mine).or(() -> letter.getStatus().open() ? access.handlerVia(mine, letter) : Optional.empty());
    }
}
