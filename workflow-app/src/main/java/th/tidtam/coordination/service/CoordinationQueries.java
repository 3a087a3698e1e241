package th.tidtam.coordination.service;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.api.ApiProblems;
import th.tidtam.casework.search.SearchText;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.casework.timeline.TimelineEntry;
import th.tidtam.coordination.PartyKind;
import th.tidtam.coordination.PartyView;
import th.tidtam.coordination.RequestPage;
import th.tidtam.coordination.RequestStatus;
import th.tidtam.coordination.RequestSummary;
import th.tidtam.coordination.domain.CoordinationParty;
import th.tidtam.coordination.domain.CoordinationPartyRepository;
import th.tidtam.coordination.domain.CoordinationRequest;
import th.tidtam.coordination.domain.CoordinationRequestRepository;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.ProvinceScope;

/** Reading requests as the current user may see them: lists, one request's page, its files and its timeline. */
@Service
public class CoordinationQueries {

    /** Which requests a list shows: mine (asked by my positions), waiting for me (my agency's open answers), all I may see. */
    public enum Scope { MINE, WAITING, ALL }

    /** At most this many candidates are read for one list (visibility of classified requests is decided here). */
    static final int MAX_CANDIDATES = 2000;

    private final CoordinationRequestRepository requests;
    private final CoordinationPartyRepository parties;
    private final CoordinationAccess access;
    private final CoordinationViews views;
    private final CoordinationFiles files;
    private final Timeline timeline;
    private final OrgDirectory org;
    private final org.springframework.context.ApplicationEventPublisher events;

    CoordinationQueries(CoordinationRequestRepository requests, CoordinationPartyRepository parties, CoordinationAccess access,
            CoordinationViews views, CoordinationFiles files, Timeline timeline, OrgDirectory org,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.requests = requests;
        this.parties = parties;
        this.access = access;
        this.views = views;
        this.files = files;
        this.timeline = timeline;
        this.org = org;
    }

    /** The requests of a scope, newest first, filtered by status and a word of number, subject or text. */
    @Transactional(readOnly = true)
    public List<RequestSummary> list(Scope scope, RequestStatus status, String text, int offset, int limit) {
        List<RequestSummary> all = all(access.mine(), scope, status, text);
        return all.stream().skip(Math.max(0, offset)).limit(Math.max(0, Math.min(limit, 500))).toList();
    }

    @Transactional(readOnly = true)
    public int count(Scope scope, RequestStatus status, String text) {
        return all(access.mine(), scope, status, text).size();
    }

    List<RequestSummary> all(List<CurrentPosition> mine, Scope scope, RequestStatus status, String text) {
        return visible(mine, scope, status, text).entrySet().stream()
                .map(e -> views.summary(e.getKey(), e.getValue())).toList();
    }

    /** The requests the positions may see with their parties, newest first. */
    Map<CoordinationRequest, List<CoordinationParty>> visible(List<CurrentPosition> mine, Scope scope, RequestStatus status, String text) {
        if (mine.isEmpty()) {
            return Map.of();
        }
        Set<Long> ids = CoordinationAccess.ids(mine);
        List<String> words = text == null ? List.of() : SearchText.words(text);
        String pattern = words.isEmpty() ? null : SearchText.containing(words.stream().max(Comparator.comparingInt(String::length)).orElseThrow());
        List<CoordinationRequest> found = requests.visible(ProvinceScope.of(mine).idsForQuery(), scope == Scope.ALL && CoordinationAccess.seesAllOpen(mine),
                org.positionsAtOrBelow(ids), ids, status, pattern, PageRequest.of(0, MAX_CANDIDATES));
        Map<Long, List<CoordinationParty>> byRequest = found.isEmpty() ? Map.of()
                : parties.findByRequestIdIn(found.stream().map(CoordinationRequest::getId).toList()).stream()
                        .collect(Collectors.groupingBy(CoordinationParty::getRequestId));
        Map<CoordinationRequest, List<CoordinationParty>> out = new java.util.LinkedHashMap<>();
        for (CoordinationRequest r : found) {
            List<CoordinationParty> ps = byRequest.getOrDefault(r.getId(), List.of());
            if (!access.sees(mine, r, ps) || words.stream().anyMatch(w -> r.getSearchText() == null || !r.getSearchText().contains(w))) {
                continue;
            }
            boolean keep = switch (scope) {
                case MINE -> ids.contains(r.getRequesterPositionId()) || ids.contains(r.getCreatedBy().positionId());
                case WAITING -> r.getStatus() == RequestStatus.SENT && ps.stream().anyMatch(p -> !p.isAnswered()
                        && p.getKind() == PartyKind.AGENCY && ids.contains(p.getHeadPositionId()));
                case ALL -> true;
            };
            if (keep) {
                out.put(r, ps);
            }
        }
        return out;
    }

    /** One request's page; "not found" when the user may not see it. */
    @Transactional(readOnly = true)
    public RequestPage page(long id) {
        List<CurrentPosition> mine = access.mine();
        CoordinationRequest r = requests.findById(id).orElseThrow(ApiProblems.NotFound::new);
        List<CoordinationParty> ps = parties.findByRequestIdOrderByIdAsc(id);
        if (!access.sees(mine, r, ps)) {
            throw new ApiProblems.NotFound();
        }
        if (r.getSecrecy().classified()) {
            // a classified request's every read is kept in the audit trail, with the positions on its route
            List<Long> route = new java.util.ArrayList<>(List.of(r.getRequesterPositionId()));
            ps.stream().map(CoordinationParty::getHeadPositionId).filter(java.util.Objects::nonNull).forEach(route::add);
            events.publishEvent(new th.tidtam.casework.CaseRead(CoordinationCase.of(id), "case", r.getSecrecy().name(), route,
                    Map.of("number", String.valueOf(CoordinationRequests.number(r)))));
        }
        boolean requester = access.asRequester(mine, r).isPresent();
        var all = files.list(id);
        List<PartyView> partyViews = ps.stream().map(p -> views.party(r, p, all, false)).toList();
        boolean noAnswer = ps.stream().noneMatch(CoordinationParty::isAnswered);
        return new RequestPage(views.summary(r, ps), r.getBody(), r.getContact(), r.getResult(), partyViews,
                all.stream().filter(e -> e.getKey() == 0L).map(Map.Entry::getValue).toList(),
                requester && r.getStatus() == RequestStatus.DRAFT, requester && r.getStatus() == RequestStatus.DRAFT,
                requester && (r.getStatus() == RequestStatus.DRAFT || r.getStatus() == RequestStatus.SENT) && noAnswer,
                requester && r.getStatus() == RequestStatus.SENT, requester && r.getStatus() == RequestStatus.SENT, r.getMemoId());
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(long id) {
        page(id);
        return timeline.of(CoordinationCase.of(id));
    }

    /** One file of a request the user may see. */
    @Transactional(readOnly = true)
    public CoordinationFiles.Content file(long requestId, long fileId) {
        page(requestId);
        return files.open(fileId).filter(c -> c.requestId() == requestId).orElseThrow(ApiProblems.NotFound::new);
    }
}
