package th.tidtam.meeting.service;

import th.tidtam.casework.Clearance;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import th.tidtam.base.api.ApiProblems;
import th.tidtam.casework.ActorStamp;
import th.tidtam.meeting.MeetingStatus;
import th.tidtam.meeting.domain.AgendaItem;
import th.tidtam.meeting.domain.AgendaItemRepository;
import th.tidtam.meeting.domain.Meeting;
import th.tidtam.meeting.domain.MeetingBody;
import th.tidtam.meeting.domain.MeetingBodyMemberRepository;
import th.tidtam.meeting.domain.MeetingBodyMember;
import th.tidtam.org.PositionRole;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.ProvinceScope;
import th.tidtam.security.CurrentUser;

/**
 * Who may do what with meetings, by the positions a person fills today (holder, acting or on behalf):
 * <ul>
 * <li>the secretariat and the head of office run meetings (bodies, schedules, the agenda, attendance, minutes);</li>
 * <li>the chair's position approves the agenda;</li>
 * <li>the governor, the vice governors, the head of office and the secretariat see every meeting of their province;</li>
 * <li>a member position of a body sees its meetings, their published agenda and their minutes;</li>
 * <li>a position that submitted an item sees that meeting and its own items.</li>
 * </ul>
 * Classified items (ลับ, ลับมาก) follow the directive's rule: the governor, the head of office and the position that
 * submitted them see them; anyone else who would see the meeting sees them only when their position is cleared for
 * the class. Whoever may not see a meeting is told it does not exist (404), as is everyone for another province's
 * meetings and bodies; someone who sees it but may not do a step is refused (403).
 */
@Component
class MeetingAccess {

    private static final Set<PositionRole> SEE_ALL = Set.of(PositionRole.GOVERNOR, PositionRole.VICE_GOVERNOR,
            PositionRole.HEAD_OF_OFFICE, PositionRole.SECRETARIAT);
    private static final Set<PositionRole> RUN = Set.of(PositionRole.HEAD_OF_OFFICE, PositionRole.SECRETARIAT);

    private final OrgDirectory org;
    private final CurrentUser currentUser;
    private final MeetingBodyMemberRepository members;
    private final AgendaItemRepository items;
    private final th.tidtam.org.service.Provinces provinces;

    MeetingAccess(OrgDirectory org, CurrentUser currentUser, MeetingBodyMemberRepository members, AgendaItemRepository items,
            th.tidtam.org.service.Provinces provinces) {
        this.provinces = provinces;
        this.items = items;
        this.org = org;
        this.currentUser = currentUser;
        this.members = members;
    }

    /** The positions the current user fills today (none when nobody is signed in). */
    List<CurrentPosition> mine() {
        return currentUser.get().map(u -> org.positionsFilled(u.personId())).orElse(List.of());
    }

    Long personId() {
        return currentUser.require().personId();
    }

    static boolean seesAll(List<CurrentPosition> positions) {
        return positions.stream().anyMatch(p -> SEE_ALL.contains(p.role()));
    }

    static Optional<CurrentPosition> runner(List<CurrentPosition> positions) {
        return positions.stream().filter(p -> p.role() == PositionRole.SECRETARIAT).findFirst()
                .or(() -> positions.stream().filter(p -> RUN.contains(p.role())).findFirst());
    }

    /** The position the current user runs meetings in; refused for anyone else. */
    CurrentPosition requireRunner() {
        return runner(mine()).orElseThrow(() -> new AccessDeniedException("only the secretariat and the head of office run meetings"));
    }

    /** The head of office's position of the current user (checks the minutes); refused for anyone else. */
    CurrentPosition requireHeadOfOffice() {
        return mine().stream().filter(p -> p.role() == PositionRole.HEAD_OF_OFFICE).findFirst()
                .orElseThrow(() -> new AccessDeniedException("only the head of office checks minutes"));
    }

    ActorStamp stamp(CurrentPosition via) {
        return new ActorStamp(personId(), via.positionId(), via.capacity());
    }

    Set<Long> memberBodies(List<CurrentPosition> positions) {
        return members.findByPositionIdIn(positions.stream().map(CurrentPosition::positionId).toList()).stream()
                .map(MeetingBodyMember::getBodyId).collect(Collectors.toSet());
    }

    boolean isMemberOf(List<CurrentPosition> positions, long bodyId) {
        return memberBodies(positions).contains(bodyId);
    }

    /** Whether a record of this province exists for the positions at all. */
    static boolean inProvince(List<CurrentPosition> positions, Long provinceId) {
        return ProvinceScope.of(positions).includes(provinceId);
    }

    /** The body, if it lies in the current user's province; "not found" otherwise. */
    MeetingBody body(java.util.Optional<MeetingBody> found) {
        List<CurrentPosition> positions = mine();
        return found.filter(b -> inProvince(positions, b.getProvinceId())).orElseThrow(MeetingAccess::notFound);
    }

    /** The meeting, if it lies in the current user's province; "not found" otherwise (the runners' steps). */
    Meeting ownProvince(java.util.Optional<Meeting> found) {
        List<CurrentPosition> positions = mine();
        return found.filter(m -> inProvince(positions, m.getProvinceId())).orElseThrow(MeetingAccess::notFound);
    }

    /**
     * Whether the position exists and is not another province's (a body's chair, members and secretary are of its
     * province; an installation-wide position, in no province, belongs to none).
     */
    boolean positionIn(Long positionId, Long provinceId) {
        return positionId != null && org.position(positionId)
                .filter(p -> p.provinceId() == null || p.provinceId().equals(provinceId)).isPresent();
    }

    /** The province of a new body whose chair lies in no province: the current user's, or the installation's only one. */
    Optional<Long> defaultProvince() {
        Set<Long> scope = ProvinceScope.of(mine()).provinceIds();
        return scope.size() == 1 ? Optional.of(scope.iterator().next())
                : provinces.onlyOne().map(th.tidtam.org.service.ProvinceSummary::id);
    }

    /** Whether the positions see the meeting at all. */
    boolean seesMeeting(List<CurrentPosition> positions, Meeting meeting) {
        if (positions.isEmpty() || !inProvince(positions, meeting.getProvinceId())) {
            return false; // another province's meeting does not exist for these positions
        }
        return seesAll(positions) || isMemberOf(positions, meeting.getBodyId())
                || positions.stream().anyMatch(p -> p.positionId().equals(meeting.getChairPositionId()))
                || items.anySubmittedBy(meeting.getId(), positions.stream().map(CurrentPosition::positionId).toList());
    }

    /**
     * Whether the positions see one item of a meeting they see: their own submissions always; otherwise the
     * secretariat's people all items, members the items of the published agenda; classified items by clearance.
     */
    boolean seesItem(List<CurrentPosition> positions, Meeting meeting, AgendaItem item) {
        SecrecyClass secrecy = item.getSecrecy();
        // a classified item counts only the positions cleared for its class (the one rule of Clearance)
        Set<Long> mine = Clearance.clearedFor(positions, secrecy).stream().map(CurrentPosition::positionId).collect(Collectors.toSet());
        if (item.getSubmittedBy().positionId() != null && mine.contains(item.getSubmittedBy().positionId())) {
            return true;
        }
        boolean office = seesAll(positions) || mine.contains(meeting.getChairPositionId());
        boolean published = meeting.getStatus() != MeetingStatus.SCHEDULED && item.getStatus().onAgenda();
        if (!office && !(published && isMemberOf(positions, meeting.getBodyId()))) {
            return false;
        }
        return !secrecy.classified() || Clearance.seesEveryClass(positions) || !mine.isEmpty();
    }

    static ApiProblems.NotFound notFound() {
        return new ApiProblems.NotFound();
    }
}
