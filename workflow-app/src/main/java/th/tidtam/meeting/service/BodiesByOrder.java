package th.tidtam.meeting.service;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.meeting.BodyKind;
import th.tidtam.meeting.BodySummary;
import th.tidtam.meeting.domain.MeetingBody;
import th.tidtam.meeting.domain.MeetingBodyRepository;

/**
 * Committees set up by a signed provincial order (the orders module): the order is the authority, so the secretariat's
 * check of {@link MeetingRegister} does not apply — the signer (the governor or a delegate) or the engine's timer acts.
 * The body's rules (code, names, chair, members) are the register's own. Runs in the caller's transaction, so a refused
 * member rolls the signature back.
 */
@Service
public class BodiesByOrder {

    private final MeetingRegister register;
    private final MeetingBodyRepository bodies;
    private final MeetingAccess access;

    BodiesByOrder(MeetingRegister register, MeetingBodyRepository bodies, MeetingAccess access) {
        this.register = register;
        this.bodies = bodies;
        this.access = access;
    }

    /**
     * Whether a body of that code exists already in the drafter's province (the order's drafting refuses a taken code
     * early; codes are unique per province); in any province when the caller works in none.
     */
    @Transactional(readOnly = true)
    public boolean codeTaken(String code) {
        if (code == null) {
            return false;
        }
        String wanted = code.trim().toUpperCase(java.util.Locale.ROOT);
        java.util.Set<Long> provinces = th.tidtam.org.service.ProvinceScope.of(access.mine()).provinceIds();
        return bodies.findAll().stream().anyMatch(b -> b.getCode().equals(wanted)
                && (provinces.isEmpty() || provinces.contains(b.getProvinceId())));
    }

    /** Registers the committee with its members; inactive until the order is in force when {@code active} is false. */
    @Transactional(propagation = Propagation.MANDATORY)
    public BodySummary establish(BodyForm form, List<MemberForm> members) {
        if (form.kind() != BodyKind.COMMITTEE) {
            throw new RuleViolation("meeting.error.required", "meeting.field.kind");
        }
        BodySummary body = register.newBody(form);
        members.forEach(m -> register.putMember(body.id(), m));
        return body;
    }

    /** The order came into force (true) or was cancelled before it did (false). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void setActive(long bodyId, boolean active) {
        MeetingBody body = bodies.lockById(bodyId).orElseThrow(MeetingAccess::notFound);
        body.describe(body.getNameTh(), body.getNameEn(), body.getChairPositionId(), body.getSecretaryUnitId(),
                body.getDefaultRoom(), body.getCutOffWorkingDays(), active);
    }
}
