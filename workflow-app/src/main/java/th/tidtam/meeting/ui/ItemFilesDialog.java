package th.tidtam.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;

import th.tidtam.casework.ui.CaseAttachmentsPanel;
import th.tidtam.meeting.AgendaItemView;
import th.tidtam.meeting.service.MeetingCase;

/** The documents of one agenda item (the item is a part of the meeting's case); who may add them is the service's rule. */
final class ItemFilesDialog extends Dialog {

    ItemFilesDialog(AgendaItemView item) {
        setHeaderTitle(getTranslation("meeting.ui.item-files", item.number() == null ? "" : item.number(), item.title()));
        getElement().setAttribute("data-testid", "item-files");
        add(CaseAttachmentsPanel.forPart(MeetingCase.of(item.meetingId()), item.id()));
        setWidth("48em");
        Button close = new Button(getTranslation("meeting.ui.close"), e -> close());
        close.getElement().setAttribute("data-testid", "item-files-close");
        getFooter().add(close);
    }
}
