package th.tidtam.meeting.service;

import java.util.Optional;

import org.springframework.stereotype.Component;

import th.tidtam.base.i18n.Translations;
import th.tidtam.meeting.domain.MeetingBodyRepository;
import th.tidtam.meeting.domain.MeetingRepository;
import th.tidtam.process.CaseSubjects;

/** A meeting's tasks in My work read "คณะกรมการจังหวัด ครั้งที่ 12/2569", in Thai: the row is stored once for everyone. */
@Component
class MeetingSubjects implements CaseSubjects {

    private final MeetingRepository meetings;
    private final MeetingBodyRepository bodies;
    private final Translations translations;

    MeetingSubjects(MeetingRepository meetings, MeetingBodyRepository bodies, Translations translations) {
        this.meetings = meetings;
        this.bodies = bodies;
        this.translations = translations;
    }

    @Override
    public String caseType() {
        return MeetingCase.TYPE;
    }

    @Override
    public Optional<String> subject(long caseId) {
        return meetings.findById(caseId).flatMap(m -> bodies.findById(m.getBodyId())
                .map(b -> translations.getTranslation("meeting.ui.meeting-title", Translations.THAI, b.getNameTh(),
                        m.getNumber())));
    }
}
