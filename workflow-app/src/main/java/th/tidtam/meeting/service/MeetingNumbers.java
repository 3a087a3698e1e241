package th.tidtam.meeting.service;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.numbering.NumberSeries;
import th.tidtam.meeting.domain.MeetingBody;
import th.tidtam.meeting.domain.MeetingBodyRepository;

/**
 * A body that met before the register was kept continues its year's count: after "last meeting was 9/2569" the next
 * meeting scheduled in that year is 10/2569. Only raises the count, never lowers it (numbers do not repeat).
 */
@Service
public class MeetingNumbers {

    private final MeetingBodyRepository bodies;
    private final MeetingAccess access;
    private final NumberSeries numbers;

    MeetingNumbers(MeetingBodyRepository bodies, MeetingAccess access, NumberSeries numbers) {
        this.bodies = bodies;
        this.access = access;
        this.numbers = numbers;
    }

    /** @param ceYear the calendar year (CE) the body's count restarts with */
    @Transactional
    public void continueAfter(long bodyId, int ceYear, int lastNumber) {
        access.requireRunner();
        MeetingBody body = access.body(bodies.findById(bodyId));
        if (lastNumber < 0 || lastNumber > 999) {
            throw new RuleViolation("meeting.doc.error.last-number", 999);
        }
        numbers.continueAfter(body.getProvinceId(), MeetingCase.numbers(body.getCode()), ceYear, lastNumber);
    }
}
