package th.tidtam.coordination.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.links.LinkTarget;
import th.tidtam.casework.links.OneTimeLinks;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.coordination.AskKind;
import th.tidtam.coordination.PartyAnswer;
import th.tidtam.coordination.PartyKind;
import th.tidtam.coordination.RequestStatus;
import th.tidtam.coordination.domain.CoordinationParty;
import th.tidtam.coordination.domain.CoordinationPartyRepository;
import th.tidtam.coordination.domain.CoordinationRequest;
import th.tidtam.coordination.domain.CoordinationRequestRepository;
import th.tidtam.org.service.CurrentPosition;

/**
 * The parties' answers: an agency's through its task in My work, a partner's through its one-time link. An answer is
 * given once; it locks the request's row first, so two answers of one request queue and the last one opens the
 * consolidation. A refused answer (a rule, a file) leaves nothing: no row, no file, the link still usable.
 */
@Service
public class CoordinationAnswers {

    /** What a partner's page may show: the request and the partner asked, nothing else. */
    public record LinkPage(long requestId, long partyId, String number, String subject, AskKind askKind, String body,
            LocalDate dueDate, String requesterUnitTh, String requesterUnitEn, String contact, String partnerNameTh,
            String partnerNameEn, List<th.tidtam.coordination.PartyView.FileView> files, long maxFileBytes,
            List<String> allowedTypes, int maxFiles) {
    }

    private final CoordinationRequestRepository requests;
    private final CoordinationPartyRepository parties;
    private final CoordinationFiles files;
    private final CoordinationFlow flow;
    private final Timeline timeline;
    private final OneTimeLinks links;
    private final CoordinationSettings settings;
    private final th.tidtam.org.service.OrgDirectory org;
    private final CoordinationAccess access;
    private final Clock clock;

    CoordinationAnswers(CoordinationRequestRepository requests, CoordinationPartyRepository parties, CoordinationFiles files,
            CoordinationFlow flow, Timeline timeline, OneTimeLinks links, CoordinationSettings settings,
            th.tidtam.org.service.OrgDirectory org, CoordinationAccess access, Clock clock) {
        this.access = access;
        this.requests = requests;
        this.parties = parties;
        this.files = files;
        this.flow = flow;
        this.timeline = timeline;
        this.links = links;
        this.settings = settings;
        this.org = org;
        this.clock = clock;
    }

    /** An agency's answer, by the position its task is for (the task guard has found the task to be the caller's). */
    @Transactional
    public void answerAsAgency(String taskId, long partyId, CurrentPosition via, PartyAnswer answer,
            List<CoordinationFiles.Incoming> attached) {
        CoordinationParty peek = parties.findById(partyId).orElseThrow(ApiProblems.NotFound::new);
        CoordinationRequest r = requests.lock(peek.getRequestId()).orElseThrow(ApiProblems.NotFound::new);
        CoordinationParty p = parties.lock(partyId).orElseThrow(ApiProblems.NotFound::new);
        if (p.getKind() != PartyKind.AGENCY) {
            throw new ApiProblems.NotFound();
        }
        Checked a = check(r, p, answer, attached, false);
        Instant now = clock.instant();
        ActorStamp by = access.stamp(via);
        record(r, p, a, by, now, attached, via.titleTh());
        flow.completeAnswer(taskId);
        readyIfAllAnswered(r);
    }

    /** What the partner's page shows for a good token; empty for an unknown, expired, used or revoked one. */
    @Transactional(readOnly = true)
    public Optional<LinkPage> openLink(String token, String clientAddress) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return links.open(token, clientAddress).flatMap(this::page);
    }

    private Optional<LinkPage> page(LinkTarget target) {
        if (!CoordinationCase.TYPE.equals(target.ref().type()) || target.partId() == null) {
            return Optional.empty();
        }
        Optional<CoordinationRequest> found = requests.findById(target.ref().id());
        Optional<CoordinationParty> party = parties.findById(target.partId());
        if (found.isEmpty() || party.isEmpty() || party.get().isAnswered() || found.get().getStatus() != RequestStatus.SENT
                || !java.util.Objects.equals(party.get().getLinkId(), target.linkId())) {
            return Optional.empty();
        }
        CoordinationRequest r = found.get();
        var unit = org.unit(r.getRequesterUnitId());
        return Optional.of(new LinkPage(r.getId(), party.get().getId(), CoordinationRequests.number(r), r.getSubject(),
                r.getAskKind(), r.getBody(), r.getDueDate(), unit.map(u -> u.nameTh()).orElse(""),
                unit.map(u -> u.nameEn()).orElse(""), r.getContact(), party.get().getNameTh(), party.get().getNameEn(),
                files.list(r.getId()).stream().filter(e -> e.getKey() == 0L).map(java.util.Map.Entry::getValue).toList(),
                files.maxBytes(), files.allowedTypes(), settings.maxPartnerFiles()));
    }

    /** One of the request's own files, for the holder of a good token. */
    @Transactional(readOnly = true)
    public Optional<CoordinationFiles.Content> requestFile(LinkPage page, long fileId) {
        return files.open(fileId).filter(c -> c.requestId() == page.requestId() && c.partyId() == null);
    }

    /**
     * A partner's answer: redeems the link in this transaction (a second submit finds it used), checks the answer
     * and the files first, so a refusal leaves the link usable and nothing saved.
     */
    @Transactional
    public void answerAsPartner(String token, String clientAddress, PartyAnswer answer, List<CoordinationFiles.Incoming> attached) {
        LinkPage page = openLink(token, clientAddress).orElseThrow(() -> new RuleViolation("links.error.unusable"));
        CoordinationRequest r = requests.lock(page.requestId()).orElseThrow(() -> new RuleViolation("links.error.unusable"));
        CoordinationParty p = parties.lock(page.partyId()).orElseThrow(() -> new RuleViolation("links.error.unusable"));
        Checked a = check(r, p, answer, attached, true);
        LinkTarget target = links.redeem(token, clientAddress);
        if (!java.util.Objects.equals(target.partId(), p.getId())) {
            throw new RuleViolation("links.error.unusable");
        }
        record(r, p, a, ActorStamp.system(), clock.instant(), attached, a.answererName());
        readyIfAllAnswered(r);
    }

    private record Checked(String answer, String nomineeName, String nomineePosition, String nomineePhone,
            String answererName, String answererPosition, String answererPhone) {
    }

    private Checked check(CoordinationRequest r, CoordinationParty p, PartyAnswer a, List<CoordinationFiles.Incoming> attached,
            boolean partner) {
        if (r.getStatus() != RequestStatus.SENT) {
            throw new RuleViolation("coordination.error.not-open");
        }
        if (p.isAnswered()) {
            throw new RuleViolation("coordination.error.already-answered");
        }
        if (a == null) {
            throw new RuleViolation("error.unreadable-request");
        }
        boolean participant = r.getAskKind() == AskKind.PARTICIPANT;
        Checked c = new Checked(
                CoordinationText.lines(a.answer(), "coordination.field.answer", CoordinationText.MAX_BODY, !participant),
                CoordinationText.line(a.nomineeName(), "coordination.field.nominee-name", CoordinationText.MAX_LINE, participant),
                CoordinationText.line(a.nomineePosition(), "coordination.field.nominee-position", CoordinationText.MAX_LINE, participant),
                CoordinationText.phone(a.nomineePhone(), "coordination.field.nominee-phone", participant),
                CoordinationText.line(a.answererName(), "coordination.field.answerer-name", CoordinationText.MAX_LINE, partner),
                CoordinationText.line(a.answererPosition(), "coordination.field.answerer-position", CoordinationText.MAX_LINE, false),
                CoordinationText.phone(a.answererPhone(), "coordination.field.answerer-phone", false));
        files.check(attached == null ? List.of() : attached, settings.maxPartnerFiles());
        return c;
    }

    private void record(CoordinationRequest r, CoordinationParty p, Checked a, ActorStamp by, Instant now,
            List<CoordinationFiles.Incoming> attached, String uploadedBy) {
        boolean onTime = !now.atZone(th.tidtam.calendar.service.WorkingCalendar.ZONE).toLocalDate().isAfter(r.getDueDate());
        p.answer(a.answer(), a.nomineeName(), a.nomineePosition(), a.nomineePhone(), a.answererName(), a.answererPosition(),
                a.answererPhone(), by, now, onTime);
        files.store(r.getId(), p.getId(), attached == null ? List.of() : attached, uploadedBy);
        timeline.record(CoordinationCase.of(r.getId()), p.getId(), CoordinationEvent.ANSWERED, by, p.getNameTh(), now);
    }

    private void readyIfAllAnswered(CoordinationRequest r) {
        if (parties.findByRequestIdOrderByIdAsc(r.getId()).stream().allMatch(CoordinationParty::isAnswered)) {
            flow.ready(r);
        }
    }
}
