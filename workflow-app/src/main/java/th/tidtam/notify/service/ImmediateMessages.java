package th.tidtam.notify.service;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import th.tidtam.base.i18n.Translations;
import th.tidtam.casework.alert.AlertRaised;
import th.tidtam.notify.Channel;
import th.tidtam.notify.NotificationKind;
import th.tidtam.notify.domain.NotificationEvents;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.process.WorkItemOpened;

/**
 * Turns alerts and new tasks into outbox rows in the transaction that raised them: every alert is kept for the
 * digest of whoever fills the position; each person filling it whose channel for the kind is IMMEDIATE gets a
 * message now. Called by {@link NotificationListener}.
 */
@Service
public class ImmediateMessages {

    private final Recipients recipients;
    private final CaseLines cases;
    private final MessageTexts texts;
    private final OutboxWriter writer;
    private final NotificationEvents events;
    private final OrgDirectory org;

    ImmediateMessages(Recipients recipients, CaseLines cases, MessageTexts texts, OutboxWriter writer,
            NotificationEvents events, OrgDirectory org) {
        this.recipients = recipients;
        this.cases = cases;
        this.texts = texts;
        this.writer = writer;
        this.events = events;
        this.org = org;
    }

    /** Answers how many messages it wrote. */
    public int alertRaised(AlertRaised e) {
        if (e.positionId() == null || e.ref() == null) {
            return 0;
        }
        NotificationKind kind = NotificationKind.of(e.kind());
        events.add(e.positionId(), kind, e.kind() == null ? "OTHER" : e.kind().name(), e.ref().type(), e.ref().id(),
                e.partId(), e.detail(), e.at());
        List<Recipient> now = recipients.ofPositions(List.of(e.positionId())).stream()
                .filter(r -> r.channel(kind) == Channel.IMMEDIATE).toList();
        if (now.isEmpty()) {
            return 0;
        }
        Optional<PositionSummary> position = org.position(e.positionId());
        CaseLine c = cases.ofAlert(e.ref(), e.partId(), position.map(PositionSummary::code).orElse(null));
        int written = 0;
        for (Recipient r : now) {
            String title = position.map(p -> p.title(Translations.isThai(r.locale()))).orElse(null);
            if (writer.write(r, kind.name(), texts.immediate(r, kind, c, e.detail(), title),
                    "alert:" + e.alertId() + ":person:" + r.personId(), c)) {
                written++;
            }
        }
        return written;
    }

    /** A new task: ด่วนที่สุด work (or any new work, for whoever chose so) to each candidate position's people. */
    public int workOpened(WorkItemOpened e) {
        NotificationKind kind = NotificationKind.ofWork(e.urgency());
        if (e.candidateGroups() == null || e.candidateGroups().isEmpty()) {
            return 0;
        }
        CaseLine c = null;
        int written = 0;
        for (String code : e.candidateGroups()) {
            Optional<PositionSummary> position = org.positionByCode(code);
            if (position.isEmpty()) {
                continue;
            }
            for (Recipient r : recipients.ofPositions(List.of(position.get().id()))) {
                if (r.channel(kind) != Channel.IMMEDIATE) {
                    continue;
                }
                if (c == null) {
                    c = cases.ofTask(e.taskId(), e.caseType(), e.caseId(), e.caseNumber(),
                            e.subject() == null ? e.taskName() : e.subject(), e.secrecy(), e.dueAt());
                }
                String title = position.get().title(Translations.isThai(r.locale()));
                if (writer.write(r, kind.name(), texts.immediate(r, kind, c, null, title),
                        "task:" + e.taskId() + ":person:" + r.personId(), c)) {
                    written++;
                }
            }
        }
        return written;
    }
}
