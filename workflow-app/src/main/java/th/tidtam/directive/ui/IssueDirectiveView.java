package th.tidtam.directive.ui;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.BuddhistDatePicker;
import th.tidtam.base.ui.Notifications;
import th.tidtam.directive.Cadence;
import th.tidtam.directive.domain.Directive;
import th.tidtam.org.SecrecyClass;
import th.tidtam.directive.SourceKind;
import th.tidtam.casework.Urgency;
import th.tidtam.casework.attachment.CaseAttachments;
import th.tidtam.casework.ui.PendingAttachments;
import th.tidtam.directive.service.DirectiveAttachments;
import th.tidtam.directive.service.DirectiveService;
import th.tidtam.directive.service.IssueDirective;
import th.tidtam.directive.service.MeetingDueDates;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.org.ui.pickers.UnitPickers;
import th.tidtam.casework.Clearance;
import th.tidtam.security.Roles;

/** The governor (or the secretariat on the governor's behalf) issues a directive. */
@Route("directives/new")
@RolesAllowed({ Roles.GOVERNOR, Roles.SECRETARIAT })
public class IssueDirectiveView extends VerticalLayout implements HasDynamicTitle {

    private static final String BY_DATE = "date";
    private static final String BY_DAYS = "days";

    public IssueDirectiveView(DirectiveService service, OrgDirectory org, Translations translations,
            th.tidtam.directive.service.DirectiveQueries queries, DirectiveAttachments attachments,
            CaseAttachments caseAttachments, MeetingDueDates meetingDueDates, Clearance clearance) {
        boolean thai = Translations.isThai(getLocale());
        add(new H2(getTranslation("directive.issue")));

        TextField subject = new TextField(getTranslation("directive.field.subject"));
        subject.setMaxLength(DirectiveService.MAX_SUBJECT);
        subject.setRequiredIndicatorVisible(true);
        TextArea text = new TextArea(getTranslation("directive.field.text"));
        text.setMaxLength(DirectiveService.MAX_TEXT);
        text.setRequiredIndicatorVisible(true);
        text.setMinHeight("8em");
        Select<Urgency> urgency = new Select<>();
        urgency.setLabel(getTranslation("directive.urgency"));
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(u -> getTranslation("directive.urgency." + u.name()));
        urgency.setValue(Urgency.NORMAL);
        Select<SecrecyClass> secrecy = new Select<>();
        secrecy.setLabel(getTranslation("directive.secrecy"));
        secrecy.setItems(SecrecyClass.values());
        secrecy.setItemLabelGenerator(s -> getTranslation("directive.secrecy." + s.name()));
        secrecy.setValue(SecrecyClass.NONE);
        secrecy.setHelperText(getTranslation("directive.top-secret-not-here"));

        List<UnitSummary> assignable = queries.assignableUnits();
        UnitPickers unitPickers = new UnitPickers(org);
        ComboBox<UnitSummary> lead = new ComboBox<>(getTranslation("directive.lead-unit"));
        unitPickers.setUnitsShowingAliases(lead, assignable);
        lead.setItemLabelGenerator(u -> u.name(thai));
        lead.setRequiredIndicatorVisible(true);
        MultiSelectComboBox<UnitSummary> supporting = new MultiSelectComboBox<>(getTranslation("directive.supporting-units"));
        unitPickers.setUnits(supporting, assignable);
        supporting.setItemLabelGenerator(u -> u.name(thai));
        Checkbox allDistricts = new Checkbox(getTranslation("directive.all-districts"));
        // a classified directive does not even offer units whose head (or the position covering a vacant head) is not
        // cleared for its class; the server's check when issuing stays the authority
        secrecy.addValueChangeListener(e -> {
            SecrecyClass chosen = e.getValue();
            List<UnitSummary> offered = chosen == null || !chosen.classified() ? assignable
                    : assignable.stream().filter(u -> clearance.unitCleared(u.id(), chosen)).toList();
            UnitSummary leadBefore = lead.getValue();
            Set<UnitSummary> supportingBefore = supporting.getValue();
            unitPickers.setUnitsShowingAliases(lead, offered);
            unitPickers.setUnits(supporting, offered);
            lead.setValue(leadBefore != null && offered.contains(leadBefore) ? leadBefore : null);
            supporting.setValue(supportingBefore.stream().filter(offered::contains).collect(java.util.stream.Collectors.toSet()));
            String hint = chosen == null || !chosen.classified() ? null : getTranslation("clearance.only-cleared-units");
            lead.setHelperText(hint);
            supporting.setHelperText(hint);
        });

        RadioButtonGroup<String> dueKind = new RadioButtonGroup<>(getTranslation("directive.due-date"));
        dueKind.setItems(BY_DAYS, BY_DATE);
        dueKind.setItemLabelGenerator(k -> getTranslation(BY_DATE.equals(k) ? "directive.due-by-date" : "directive.due-by-days"));
        dueKind.setValue(BY_DAYS);
        IntegerField dueDays = new IntegerField(getTranslation("directive.due-in-working-days"));
        dueDays.setMin(0);
        dueDays.setMax(730);
        dueDays.setValue(15);
        BuddhistDatePicker dueDate = new BuddhistDatePicker(getTranslation("directive.due-date"));
        dueDate.setVisible(false);
        dueKind.addValueChangeListener(e -> {
            dueDays.setVisible(BY_DAYS.equals(e.getValue()));
            dueDate.setVisible(BY_DATE.equals(e.getValue()));
        });
        Button beforeMeeting = beforeNextMeetingButton(meetingDueDates, translations, day -> {
            dueKind.setValue(BY_DATE);
            dueDate.setValue(day);
        });

        Select<Cadence> cadence = new Select<>();
        cadence.setLabel(getTranslation("directive.cadence"));
        cadence.setItems(Cadence.values());
        cadence.setItemLabelGenerator(c -> getTranslation("directive.cadence." + c.name()));
        cadence.setValue(Cadence.MONTHLY);
        IntegerField cadenceDays = new IntegerField(getTranslation("directive.cadence-days"));
        cadenceDays.setMin(1);
        cadenceDays.setMax(366);
        cadenceDays.setVisible(false);
        cadence.addValueChangeListener(e -> cadenceDays.setVisible(e.getValue() == Cadence.EVERY_N_DAYS));

        Select<SourceKind> source = new Select<>();
        source.setLabel(getTranslation("directive.source"));
        source.setItems(SourceKind.values());
        source.setItemLabelGenerator(s -> getTranslation("directive.source." + s.name()));
        source.setValue(SourceKind.MEETING);
        TextField meeting = new TextField(getTranslation("directive.field.meeting-number"));
        meeting.setPlaceholder("12/2569");
        TextField agenda = new TextField(getTranslation("directive.field.agenda-item"));
        agenda.setPlaceholder("3.1");
        TextField reference = new TextField(getTranslation("directive.field.source-reference"));
        reference.setMaxLength(DirectiveService.MAX_REFERENCE);
        ComboBox<th.tidtam.directive.service.DirectiveViews.Summary> supersedes = new ComboBox<>(getTranslation("directive.supersedes-pick"));
        supersedes.setItems(queries.visible(0, 200).items().stream().filter(x -> x.status().open()).toList());
        supersedes.setItemLabelGenerator(x -> x.number() + " · " + x.subject());
        supersedes.setClearButtonVisible(true);
        supersedes.getElement().setAttribute("data-testid", "directive-supersedes");

        subject.getElement().setAttribute("data-testid", "directive-subject");
        text.getElement().setAttribute("data-testid", "directive-text");
        lead.getElement().setAttribute("data-testid", "directive-lead");
        secrecy.getElement().setAttribute("data-testid", "directive-secrecy");
        allDistricts.getElement().setAttribute("data-testid", "directive-all-districts");
        supporting.getElement().setAttribute("data-testid", "directive-supporting");
        dueDays.getElement().setAttribute("data-testid", "directive-due-days");
        meeting.getElement().setAttribute("data-testid", "directive-meeting");

        subject.setWidthFull();
        text.setWidthFull();
        FormLayout form = new FormLayout(urgency, secrecy, lead, supporting, allDistricts, dueKind, dueDays, dueDate,
                beforeMeeting, cadence, cadenceDays, source, meeting, agenda, reference, supersedes);
        add(subject, text, form);
        PendingAttachments files = new PendingAttachments(caseAttachments, translations, "attachment.pending");
        add(files);

        Button issue = new Button(getTranslation("directive.issue"));
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.setDisableOnClick(true);
        issue.getElement().setAttribute("data-testid", "directive-issue-submit");
        issue.addClickListener(e -> {
            try {
                if (dueDate.isVisible() && dueDate.isInvalid()) {
                    throw new RuleViolation("org.error.date-unreadable");
                }
                Set<UnitSummary> supports = supporting.getValue();
                Directive d = attachments.issueWith(new IssueDirective(subject.getValue(), text.getValue(),
                        urgency.getValue() == null ? null : urgency.getValue().name(),
                        secrecy.getValue() == null ? null : secrecy.getValue().name(),
                        lead.getValue() == null ? null : lead.getValue().id(),
                        supports.stream().map(UnitSummary::id).toList(), allDistricts.getValue(),
                        BY_DATE.equals(dueKind.getValue()) ? dueDate.getValue() : null,
                        BY_DAYS.equals(dueKind.getValue()) ? dueDays.getValue() : null, cadence.getValue(),
                        cadenceDays.getValue(), source.getValue(), reference.getValue(), meeting.getValue(),
                        agenda.getValue(), supersedes.getValue() == null ? null : supersedes.getValue().id()), files.files());
                Notifications.success(getTranslation("directive.issued", d.getNumber()));
                getUI().ifPresent(ui -> ui.navigate(DirectiveView.class, new RouteParameters("id", String.valueOf(d.getId()))));
            } catch (RuleViolation violation) {
                Notifications.refused(violation, translations);
                issue.setEnabled(true);
            } catch (AccessDeniedException denied) {
                Notifications.error(getTranslation("error.forbidden"));
                issue.setEnabled(true);
            }
        });
        add(issue);
    }

    /**
     * Fills the due date with the working day before the next sitting on record, read when clicked (the sitting may
     * be scheduled while the form is open); says plainly when no next sitting is on record.
     */
    private Button beforeNextMeetingButton(MeetingDueDates dueDates, Translations translations,
            java.util.function.Consumer<java.time.LocalDate> fill) {
        Button button = new Button();
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("data-testid", "directive-due-before-next-meeting");
        java.util.function.Consumer<java.util.Optional<MeetingDueDates.BeforeNextMeeting>> label = next -> button.setText(
                next.map(n -> getTranslation("directive.due-before-next-meeting.on",
                        ThaiDates.formatMedium(n.dueDate(), getLocale()), n.meetingNumber()))
                        .orElse(getTranslation("directive.due-before-next-meeting")));
        label.accept(dueDates.beforeNextMeeting());
        button.addClickListener(e -> {
            try {
                MeetingDueDates.BeforeNextMeeting next = dueDates.requireBeforeNextMeeting();
                label.accept(java.util.Optional.of(next));
                fill.accept(next.dueDate());
            } catch (RuleViolation violation) {
                label.accept(java.util.Optional.empty());
                Notifications.refused(violation, translations);
            }
        });
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directive.issue") + " · " + getTranslation("app.name");
    }
}
