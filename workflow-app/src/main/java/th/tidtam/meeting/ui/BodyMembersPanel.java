package th.tidtam.meeting.ui;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.Notifications;
import th.tidtam.meeting.BodyMember;
import th.tidtam.meeting.BodySummary;
import th.tidtam.meeting.MemberRole;
import th.tidtam.meeting.service.MeetingRegister;
import th.tidtam.meeting.service.MemberForm;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;

/** The members of a body by position (whoever holds or acts in the position attends); the secretariat edits them. */
final class BodyMembersPanel extends VerticalLayout {

    private final MeetingRegister register;
    private final Select<BodySummary> body = new Select<>();
    private final Grid<BodyMember> grid = new Grid<>();
    private final boolean thai;

    BodyMembersPanel(MeetingRegister register, OrgDirectory org, List<BodySummary> bodies, boolean edits) {
        this.register = register;
        this.thai = Translations.isThai(getLocale());
        setPadding(false);
        getElement().setAttribute("data-testid", "body-members");
        add(new H3(getTranslation("meeting.ui.members")));
        body.setLabel(getTranslation("meeting.ui.body"));
        body.setItems(bodies);
        body.setItemLabelGenerator(b -> b.name(thai));
        body.setWidth("32em");
        body.getElement().setAttribute("data-testid", "members-body");
        body.addValueChangeListener(e -> refresh());
        add(body);

        grid.addColumn(m -> thai ? m.titleTh() : m.titleEn()).setHeader(getTranslation("org.position")).setFlexGrow(3);
        grid.addColumn(m -> getTranslation("meeting.ui.role." + m.role().name())).setHeader(getTranslation("meeting.ui.member-role"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> m.reportsEveryMeeting() ? getTranslation("meeting.ui.yes") : "")
                .setHeader(getTranslation("meeting.ui.reports-every-meeting")).setAutoWidth(true).setFlexGrow(0);
        if (edits) {
            grid.addComponentColumn(m -> {
                Button remove = new Button(getTranslation("meeting.ui.remove"), e -> run(() -> register.removeMember(m.bodyId(), m.positionId())));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                remove.getElement().setAttribute("data-testid", "member-remove");
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("data-testid", "members");
        add(grid);

        if (edits) {
            ComboBox<PositionSummary> position = ScheduleMeetingDialog.positionBox(getTranslation("org.position"),
                    register.positionsToChoose(), thai);
            position.setWidth("28em");
            position.getElement().setAttribute("data-testid", "member-position");
            Select<MemberRole> role = new Select<>();
            role.setLabel(getTranslation("meeting.ui.member-role"));
            role.setItems(MemberRole.values());
            role.setItemLabelGenerator(r -> getTranslation("meeting.ui.role." + r.name()));
            role.setValue(MemberRole.MEMBER);
            Checkbox reports = new Checkbox(getTranslation("meeting.ui.reports-every-meeting"));
            Button add = new Button(getTranslation("meeting.ui.member-save"), e -> run(() -> register.setMember(
                    body.getValue() == null ? 0 : body.getValue().id(),
                    new MemberForm(position.getValue() == null ? null : position.getValue().id(), role.getValue(), reports.getValue()))));
            add.getElement().setAttribute("data-testid", "member-save");
            HorizontalLayout form = new HorizontalLayout(position, role, reports, add);
            form.setAlignItems(Alignment.BASELINE);
            add(form);
        }
        // the monthly meeting is the body most people look for
        bodies.stream().filter(b -> b.kind() == th.tidtam.meeting.BodyKind.MONTHLY).findFirst()
                .or(() -> bodies.stream().findFirst()).ifPresent(body::setValue);
    }

    private void refresh() {
        grid.setItems(body.getValue() == null ? List.of() : register.members(body.getValue().id()));
    }

    private void run(Runnable change) {
        try {
            change.run();
            refresh();
            Notifications.success(getTranslation("meeting.ui.saved"));
        } catch (RuleViolation refused) {
            Notifications.refused(refused, new Translations());
        } catch (AccessDeniedException denied) {
            Notifications.error(getTranslation("error.forbidden"));
        }
    }
}
