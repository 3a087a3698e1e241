package th.tidtam.coordination.ui;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import th.tidtam.coordination.PartyAnswer;

/** The answer's fields: the text, a participant's nominee, and (on the partner's page) who answers. */
class AnswerFields extends VerticalLayout {

    private final TextArea answer = new TextArea();
    private final TextField nomineeName = field("coordination.field.nominee-name", 200, "nominee-name");
    private final TextField nomineePosition = field("coordination.field.nominee-position", 200, "nominee-position");
    private final TextField nomineePhone = field("coordination.field.nominee-phone", 40, "nominee-phone");
    private final TextField answererName = field("coordination.field.answerer-name", 200, "answerer-name");
    private final TextField answererPosition = field("coordination.field.answerer-position", 200, "answerer-position");
    private final TextField answererPhone = field("coordination.field.answerer-phone", 40, "answerer-phone");

    AnswerFields(boolean participant, boolean partner) {
        setPadding(false);
        answer.setLabel(getTranslation("coordination.field.answer"));
        answer.setWidthFull();
        answer.setMinHeight("8em");
        answer.setMaxLength(10_000);
        answer.getElement().setAttribute("data-testid", "answer-text");
        add(answer);
        if (participant) {
            add(new HorizontalLayout(nomineeName, nomineePosition, nomineePhone));
        }
        if (partner) {
            add(new HorizontalLayout(answererName, answererPosition, answererPhone));
        }
    }

    PartyAnswer answer() {
        return new PartyAnswer(answer.getValue(), nomineeName.getValue(), nomineePosition.getValue(), nomineePhone.getValue(),
                answererName.getValue(), answererPosition.getValue(), answererPhone.getValue());
    }

    private TextField field(String key, int max, String testId) {
        TextField f = new TextField(getTranslation(key));
        f.setMaxLength(max);
        f.getElement().setAttribute("data-testid", testId);
        return f;
    }
}
