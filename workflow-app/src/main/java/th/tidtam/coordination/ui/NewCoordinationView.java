package th.tidtam.coordination.ui;

import th.tidtam.casework.Clearance;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.PermitAll;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.BuddhistDatePicker;
import th.tidtam.base.ui.Notifications;
import th.tidtam.casework.Urgency;
import th.tidtam.casework.attachment.CaseAttachments;
import th.tidtam.casework.ui.PendingAttachments;
import th.tidtam.coordination.AskKind;
import th.tidtam.coordination.NewRequest;
import th.tidtam.coordination.RequestSummary;
import th.tidtam.coordination.service.CoordinationFiles;
import th.tidtam.coordination.service.CoordinationRequests;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.UnitNames;
import th.tidtam.partners.service.PartnerSummary;
import th.tidtam.partners.service.Partners;

/**
 * A new request: what is asked of whom by when, with files; saved as a draft or sent at once. Sending shows each
 * partner's one-time link once, to send on (the request's page can issue a new one later).
 */
@Route("coordination/new")
@PermitAll
public class NewCoordinationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CoordinationRequests requests;

    public NewCoordinationView(CoordinationRequests requests, OrgDirectory org, Partners partners, CaseAttachments attachments,
            Translations translations, Clearance clearance) {
        this.requests = requests;
        boolean thai = Translations.isThai(getLocale());
        add(new H2(getTranslation("coordination.ui.new")));
        List<CurrentPosition> positions = requests.requesterPositions();
        Select<CurrentPosition> requester = new Select<>();
        requester.setLabel(getTranslation("coordination.field.requester"));
        requester.setItems(positions);
        requester.setItemLabelGenerator(p -> p.title(thai) + " · " + p.unitName(thai));
        requester.setWidth("40em");
        if (!positions.isEmpty()) {
            requester.setValue(positions.get(0));
        }
        TextField subject = new TextField(getTranslation("coordination.field.subject"));
        subject.setWidthFull();
        subject.setMaxLength(500);
        subject.getElement().setAttribute("data-testid", "coordination-subject");
        Select<AskKind> kind = new Select<>();
        kind.setLabel(getTranslation("coordination.field.ask-kind"));
        kind.setItems(AskKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("coordination.ask." + k.name()));
        kind.setValue(AskKind.INFORMATION);
        TextArea body = new TextArea(getTranslation("coordination.field.body"));
        body.setWidthFull();
        body.setMinHeight("8em");
        body.getElement().setAttribute("data-testid", "coordination-body");
        BuddhistDatePicker due = new BuddhistDatePicker(getTranslation("coordination.field.due-date"));
        due.getElement().setAttribute("data-testid", "coordination-due");
        Select<Urgency> urgency = new Select<>();
        urgency.setLabel(getTranslation("coordination.field.urgency"));
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(u -> getTranslation("coordination.urgency." + u.name()));
        urgency.setValue(Urgency.NORMAL);
        Select<SecrecyClass> secrecy = new Select<>();
        secrecy.setLabel(getTranslation("coordination.field.secrecy"));
        secrecy.setItems(SecrecyClass.NONE, SecrecyClass.CONFIDENTIAL);
        secrecy.setItemLabelGenerator(s -> getTranslation("coordination.secrecy." + s.name()));
        secrecy.setValue(SecrecyClass.NONE);
        TextField contact = new TextField(getTranslation("coordination.field.contact"));
        contact.setWidthFull();
        contact.setMaxLength(500);
        MultiSelectComboBox<UnitNames> units = new MultiSelectComboBox<>(getTranslation("coordination.field.units"));
        // only the units of the user's province are offered (the server checks again)
        List<UnitNames> askable = requests.unitsToAsk();
        units.setItems((item, filter) -> item.matches(filter), askable);
        units.setItemLabelGenerator(u -> u.name(thai));
        units.setWidthFull();
        units.getElement().setAttribute("data-testid", "coordination-units");
        // a classified request does not even offer units whose head is not cleared for it (the server checks again)
        secrecy.addValueChangeListener(e -> {
            List<UnitNames> offered = askable.stream().filter(u -> clearance.unitCleared(u.unitId(), e.getValue())).toList();
            java.util.Set<UnitNames> kept = units.getValue().stream().filter(offered::contains)
                    .collect(java.util.stream.Collectors.toSet());
            units.setItems((item, filter) -> item.matches(filter), offered);
            units.setValue(kept);
            units.setHelperText(e.getValue() != null && e.getValue().classified()
                    ? getTranslation("clearance.only-cleared-units") : null);
        });
        MultiSelectComboBox<PartnerSummary> partnerPick = new MultiSelectComboBox<>(getTranslation("coordination.field.partners"));
        partnerPick.setItems(partners.search(null, null, true, 0, 1000));
        partnerPick.setItemLabelGenerator(p -> p.name(thai));
        partnerPick.setWidthFull();
        partnerPick.getElement().setAttribute("data-testid", "coordination-partners");
        PendingAttachments files = new PendingAttachments(attachments, translations, "coordination.ui.files-note");
        Button draft = new Button(getTranslation("coordination.ui.save-draft"));
        Button send = new Button(getTranslation("coordination.ui.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.getElement().setAttribute("data-testid", "coordination-send");
        draft.getElement().setAttribute("data-testid", "coordination-save-draft");
        for (Button b : List.of(draft, send)) {
            b.setDisableOnClick(true);
            b.addClickListener(e -> {
                try {
                    NewRequest command = new NewRequest(subject.getValue(), kind.getValue(), body.getValue(), due.getValue(),
                            urgency.getValue().name(), secrecy.getValue().name(),
                            requester.getValue() == null ? null : requester.getValue().positionId(), contact.getValue(),
                            units.getValue().stream().map(UnitNames::unitId).toList(),
                            partnerPick.getValue().stream().map(PartnerSummary::id).toList());
                    RequestSummary created = requests.draft(command, files.files().stream()
                            .map(f -> new CoordinationFiles.Incoming(f.fileName(), f.bytes())).toList());
                    if (b == send) {
                        CoordinationRequests.Sent sent = requests.send(created.id());
                        Notifications.success(getTranslation("coordination.ui.sent", sent.request().number()));
                        if (!sent.links().isEmpty()) {
                            PartnerLinksDialog.show(sent.links(), () -> open(created.id()));
                            return;
                        }
                    } else {
                        Notifications.success(getTranslation("admin.saved"));
                    }
                    open(created.id());
                } catch (RuleViolation refused) {
                    Notifications.refused(refused, translations);
                    b.setEnabled(true);
                }
            });
        }
        add(requester, subject, new HorizontalLayout(kind, due, urgency, secrecy), body, contact, units, partnerPick, files,
                new HorizontalLayout(draft, send));
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(CoordinationView.class, new RouteParameters("id", String.valueOf(id))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!requests.mayRequest()) {
            throw new NotFoundException();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coordination.ui.new") + " · " + getTranslation("app.name");
    }
}
