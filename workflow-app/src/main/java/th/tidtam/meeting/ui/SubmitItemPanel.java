package th.tidtam.meeting.ui;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import th.tidtam.base.time.ThaiDates;
import th.tidtam.meeting.AgendaItemView;
import th.tidtam.meeting.AgendaSection;
import th.tidtam.meeting.MeetingSummary;
import th.tidtam.meeting.service.SubmitItem;
import th.tidtam.org.SecrecyClass;

/**
 * An agency submits an item for information (4) or decision (5) before the cut-off; the secretariat enters an item
 * in any section, and after the cut-off only with its override. Files go to the meeting's files tab.
 */
final class SubmitItemPanel extends VerticalLayout {

    SubmitItemPanel(MeetingPanels s, MeetingSummary meeting, boolean runs, Runnable changed) {
        setPadding(false);
        getElement().setAttribute("data-testid", "submit-item");
        add(new Paragraph(getTranslation("meeting.ui.submit-until", ThaiDates.formatLong(meeting.cutOffDate(), getLocale()))));
        Select<AgendaSection> section = new Select<>();
        section.setLabel(getTranslation("meeting.ui.section"));
        List<AgendaSection> sections = runs ? List.of(AgendaSection.values())
                : Arrays.stream(AgendaSection.values()).filter(AgendaSection::openToAgencies).toList();
        section.setItems(sections);
        section.setItemLabelGenerator(x -> x.number() + " " + getTranslation("meeting.ui.section." + x.name()));
        section.setValue(AgendaSection.FOR_INFORMATION);
        section.getElement().setAttribute("data-testid", "submit-section");
        TextField title = new TextField(getTranslation("meeting.ui.item-title"));
        title.setMaxLength(500);
        title.getElement().setAttribute("data-testid", "submit-title");
        TextArea summary = new TextArea(getTranslation("meeting.ui.item-summary"));
        summary.setMinHeight("6em");
        summary.getElement().setAttribute("data-testid", "submit-summary");
        Select<SecrecyClass> secrecy = new Select<>();
        secrecy.setLabel(getTranslation("directive.secrecy"));
        secrecy.setItems(Arrays.stream(SecrecyClass.values()).filter(c -> !c.name().equals("TOP_SECRET")).toList());
        secrecy.setItemLabelGenerator(c -> getTranslation("directive.secrecy." + c.name()));
        secrecy.setValue(SecrecyClass.NONE);
        Checkbox late = new Checkbox(getTranslation("meeting.ui.late-override"));
        late.setVisible(runs);
        FormLayout form = new FormLayout(section, secrecy, title, summary, late);
        form.setColspan(title, 2);
        form.setColspan(summary, 2);
        add(form);
        AgendaItemView[] submitted = new AgendaItemView[1];
        Button submit = new Button(getTranslation("meeting.ui.submit"), e -> {
            // the item exists once submitted: its documents are attached to it straight away
            if (Actions.run(s.translations, "meeting.ui.submitted", () -> submitted[0] = s.agenda.submit(meeting.id(),
                    new SubmitItem(section.getValue(), title.getValue(), summary.getValue(), null,
                            secrecy.getValue() == null ? null : secrecy.getValue().name(), late.getValue())), changed)) {
                new ItemFilesDialog(submitted[0]).open();
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.getElement().setAttribute("data-testid", "submit-save");
        add(submit, new Paragraph(getTranslation("meeting.ui.submit-files")));
    }
}
