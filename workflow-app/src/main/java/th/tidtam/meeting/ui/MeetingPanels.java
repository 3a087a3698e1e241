package th.tidtam.meeting.ui;

import java.time.Clock;

import org.springframework.stereotype.Component;

import th.tidtam.base.i18n.Translations;
import th.tidtam.meeting.MeetingSummary;
import th.tidtam.meeting.service.Agenda;
import th.tidtam.meeting.service.Attendance;
import th.tidtam.meeting.service.MeetingDocuments;
import th.tidtam.meeting.service.MeetingRegister;
import th.tidtam.meeting.service.Minutes;
import th.tidtam.meeting.service.MinutesDirectives;
import th.tidtam.org.service.OrgDirectory;

/** Builds the tabs of the meeting screen with the services they need, so that the screen's constructor stays short. */
@Component
class MeetingPanels {

    final Agenda agenda;
    final Attendance attendance;
    final Minutes minutes;
    final MinutesDirectives minutesDirectives;
    final MeetingRegister register;
    final OrgDirectory org;
    final Translations translations;
    final Clock clock;
    final MeetingDocuments documents;

    MeetingPanels(Agenda agenda, Attendance attendance, Minutes minutes, MinutesDirectives minutesDirectives,
            MeetingRegister register, OrgDirectory org, Translations translations, Clock clock,
            MeetingDocuments documents) {
        this.documents = documents;
        this.agenda = agenda;
        this.attendance = attendance;
        this.minutes = minutes;
        this.minutesDirectives = minutesDirectives;
        this.register = register;
        this.org = org;
        this.translations = translations;
        this.clock = clock;
    }

    AgendaPanel agenda(MeetingSummary m, boolean runs, Runnable changed) {
        return new AgendaPanel(this, m, runs, changed);
    }

    SubmitItemPanel submit(MeetingSummary m, boolean runs, Runnable changed) {
        return new SubmitItemPanel(this, m, runs, changed);
    }

    AttendancePanel attendance(MeetingSummary m, boolean runs, Runnable changed) {
        return new AttendancePanel(this, m, runs, changed);
    }

    MinutesPanel minutes(MeetingSummary m, boolean runs, boolean headOfOffice, Runnable changed) {
        return new MinutesPanel(this, m, runs, headOfOffice, changed);
    }

    MinutesDirectivesPanel directives(MeetingSummary m, boolean runs, Runnable changed) {
        return new MinutesDirectivesPanel(this, m, runs, changed);
    }
}
