package th.tidtam.meeting.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import th.tidtam.base.time.ThaiDates;
import th.tidtam.meeting.AgendaItemView;
import th.tidtam.meeting.MeetingSummary;
import th.tidtam.meeting.MinutesCorrection;
import th.tidtam.meeting.MinutesStatus;
import th.tidtam.meeting.service.Correction;
import th.tidtam.meeting.service.Minutes;

/**
 * The minutes, item by item: what was reported and the resolution (มติที่ประชุม), drafted by the secretariat, sent
 * to the head of office who checks them or sends them back, and adopted at the next meeting with or without
 * corrections. The chair's directives are on the directives tab.
 */
final class MinutesPanel extends VerticalLayout {

    MinutesPanel(MeetingPanels s, MeetingSummary meeting, boolean runs, boolean headOfOffice, Runnable changed) {
        setPadding(false);
        getElement().setAttribute("data-testid", "minutes");
        Locale locale = getLocale();
        MinutesStatus status = meeting.minutesStatus();
        boolean drafting = runs && (status == MinutesStatus.NOT_STARTED || status == MinutesStatus.DRAFT);
        Paragraph state = new Paragraph(getTranslation("meeting.ui.minutes") + ": " + getTranslation("meeting.ui.minutes-status." + status.name())
                + (meeting.minutesCheckedAt() == null ? "" : " · " + getTranslation("meeting.ui.checked-at",
                        ThaiDates.formatDateTime(meeting.minutesCheckedAt().atZone(s.clock.getZone()).toLocalDateTime(), locale))));
        state.getElement().setAttribute("data-testid", "minutes-status");
        add(state);

        for (AgendaItemView item : s.agenda.items(meeting.id()).stream().filter(i -> i.status().onAgenda()).toList()) {
            add(new H4(getTranslation("meeting.ui.review.item", item.number(), item.title())));
            TextArea reported = new TextArea(getTranslation("meeting.ui.reported"));
            reported.setValue(item.reported() == null ? "" : item.reported());
            reported.setWidthFull();
            TextArea resolution = new TextArea(getTranslation("meeting.ui.resolution"));
            resolution.setValue(item.resolution() == null ? "" : item.resolution());
            resolution.setWidthFull();
            reported.setReadOnly(!drafting);
            resolution.setReadOnly(!drafting);
            add(reported, resolution);
            if (drafting) {
                Button save = new Button(getTranslation("meeting.ui.save-item"), e -> Actions.run(s.translations, "meeting.ui.saved",
                        () -> s.minutes.recordItem(item.id(), reported.getValue(), resolution.getValue()), () -> { }));
                save.addThemeVariants(ButtonVariant.LUMO_SMALL);
                save.getElement().setAttribute("data-testid", "minutes-save-item");
                add(save);
            }
        }

        if (runs && status == MinutesStatus.DRAFT) {
            Button send = new Button(getTranslation("meeting.ui.send-for-check"), e -> Actions.run(s.translations,
                    "meeting.ui.sent-for-check", () -> s.minutes.submitForCheck(meeting.id()), changed));
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.getElement().setAttribute("data-testid", "minutes-send");
            add(send);
        }
        if (headOfOffice && status == MinutesStatus.DRAFT) {
            TextField note = new TextField(getTranslation("meeting.ui.check-note"));
            note.setWidth("30em");
            Button checked = new Button(getTranslation("meeting.ui.check"), e -> Actions.run(s.translations, "meeting.ui.saved",
                    () -> s.minutes.check(meeting.id(), Minutes.CheckOutcome.CHECKED, note.getValue()), changed));
            checked.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            checked.getElement().setAttribute("data-testid", "minutes-check");
            Button back = new Button(getTranslation("meeting.ui.check-return"), e -> Actions.run(s.translations, "meeting.ui.saved",
                    () -> s.minutes.check(meeting.id(), Minutes.CheckOutcome.RETURN, note.getValue()), changed));
            back.getElement().setAttribute("data-testid", "minutes-return");
            HorizontalLayout bar = new HorizontalLayout(note, checked, back);
            bar.setAlignItems(Alignment.BASELINE);
            add(bar);
        }
        adoption(s, meeting, runs, changed);
    }

    private void adoption(MeetingPanels s, MeetingSummary meeting, boolean runs, Runnable changed) {
        add(new H3(getTranslation("meeting.ui.adoption")));
        if (meeting.adoptedAtMeetingId() != null) {
            String at = s.register.meeting(meeting.adoptedAtMeetingId()).map(MeetingSummary::number).orElse("");
            add(new Paragraph(getTranslation(Boolean.TRUE.equals(meeting.adoptedWithCorrections())
                    ? "meeting.ui.adopted-with-corrections" : "meeting.ui.adopted", at)));
            List<MinutesCorrection> corrections = s.minutes.corrections(meeting.id());
            if (!corrections.isEmpty()) {
                UnorderedList list = new UnorderedList();
                corrections.forEach(c -> list.add(new ListItem(c.correction())));
                list.getElement().setAttribute("data-testid", "minutes-corrections");
                add(list);
            }
            return;
        }
        if (!runs || meeting.minutesStatus() != MinutesStatus.CHECKED) {
            add(new Paragraph(getTranslation("meeting.ui.not-adopted")));
            return;
        }
        Optional<MeetingSummary> next = s.register.nextMeeting(meeting.id());
        if (next.isEmpty()) {
            add(new Paragraph(getTranslation("meeting.ui.no-next-meeting")));
            return;
        }
        TextArea corrections = new TextArea(getTranslation("meeting.ui.corrections"));
        corrections.setHelperText(getTranslation("meeting.ui.corrections-help"));
        corrections.setWidthFull();
        corrections.getElement().setAttribute("data-testid", "minutes-corrections-text");
        Button adopt = new Button(getTranslation("meeting.ui.adopt", next.get().number()), e -> {
            List<Correction> list = new ArrayList<>();
            corrections.getValue().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> list.add(new Correction(null, l)));
            Actions.run(s.translations, "meeting.ui.saved", () -> s.minutes.adopt(meeting.id(), next.get().id(), list), changed);
        });
        adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        adopt.getElement().setAttribute("data-testid", "minutes-adopt");
        add(corrections, adopt);
    }
}
