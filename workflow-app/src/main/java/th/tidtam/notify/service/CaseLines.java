package th.tidtam.notify.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import th.tidtam.base.time.ApplicationZone;
import th.tidtam.casework.CaseRef;
import th.tidtam.casework.CaseTypes;
import th.tidtam.process.InboxFilter;
import th.tidtam.process.WorkInbox;
import th.tidtam.process.WorkItem;

/**
 * What a message says of a case: number, subject and due date from the open work of the recipient's position when
 * there is some, else the alert's own words; a classified case (its type says so, or the task carries a secrecy
 * class) names nothing but its link.
 */
@Service
public class CaseLines {

    private static final Logger log = LoggerFactory.getLogger(CaseLines.class);
    /** Open tasks of a position read to find the one of an alert's case. */
    private static final int LOOKUP = 200;

    private final CaseTypes caseTypes;
    private final WorkInbox inbox;

    CaseLines(CaseTypes caseTypes, WorkInbox inbox) {
        this.caseTypes = caseTypes;
        this.inbox = inbox;
    }

    /** The case of an alert to the position of {@code positionCode}. */
    public CaseLine ofAlert(CaseRef ref, Long partId, String positionCode) {
        boolean classified = classified(ref.type(), ref.id());
        String route = caseTypes.route(ref).orElse("work");
        WorkItem item = null;
        if (positionCode != null) {
            for (WorkItem w : inbox.forPositions(List.of(positionCode), InboxFilter.none(), 0, LOOKUP)) {
                if (ref.type().equals(w.caseType()) && Long.valueOf(ref.id()).equals(w.caseId())
                        && (item == null || partId != null && partId.equals(w.casePartId()))) {
                    item = w;
                }
            }
        }
        if (item == null) {
            return new CaseLine(ref.type(), ref.id(), null, null, null, classified, route);
        }
        return new CaseLine(ref.type(), ref.id(), item.caseNumber(), item.subject(), day(item.dueAt()),
                classified || classifiedClass(item.secrecy()), route);
    }

    /** A task as the digest lists it: linked to the task itself. */
    public CaseLine ofTask(WorkItem w) {
        return ofTask(w.taskId(), w.caseType(), w.caseId(), w.caseNumber(), w.subject(), w.secrecy(), w.dueAt());
    }

    public CaseLine ofTask(String taskId, String caseType, Long caseId, String number, String subject, String secrecy,
            Instant dueAt) {
        boolean classified = classifiedClass(secrecy) || caseType != null && caseId != null && classified(caseType, caseId);
        return new CaseLine(caseType, caseId, number, subject, day(dueAt), classified, "work/" + taskId);
    }

    /** The case of an event kept for the digest, linked to the case's screen. */
    public CaseLine ofCase(String caseType, long caseId) {
        CaseRef ref = CaseRef.of(caseType, caseId);
        return new CaseLine(caseType, caseId, null, null, null, classified(caseType, caseId),
                caseTypes.route(ref).orElse("work"));
    }

    /** Classified when the case type says so; a type that cannot answer is taken as classified (say less, not more). */
    boolean classified(String caseType, long caseId) {
        try {
            return caseTypes.of(caseType).map(t -> t.classified(caseId)).orElse(false);
        } catch (RuntimeException e) {
            log.warn("Case type {} could not say whether case {} is classified: {}", caseType, caseId, e.toString());
            return true;
        }
    }

    static boolean classifiedClass(String secrecy) {
        if (secrecy == null || secrecy.isBlank()) {
            return false;
        }
        String s = secrecy.trim().toUpperCase(Locale.ROOT);
        return !s.equals("NONE") && !s.equals("NORMAL");
    }

    static LocalDate day(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, ApplicationZone.ID);
    }
}
