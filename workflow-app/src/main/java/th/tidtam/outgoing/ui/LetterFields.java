package th.tidtam.outgoing.ui;

import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import th.tidtam.casework.Urgency;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.service.DelegableMatter;
import th.tidtam.outgoing.BookSummary;
import th.tidtam.outgoing.LetterSummary;
import th.tidtam.outgoing.service.LetterForm;

/**
 * The parts of a หนังสือภายนอก in the regulation's order, as one form for a new letter and for changing a draft. The
 * service checks everything; the form only collects it.
 */
class LetterFields extends FormLayout {

    final Select<BookSummary> book = new Select<>();
    final Checkbox circular = new Checkbox();
    final TextArea ownerAddress = area("outgoing.field.owner-address");
    final TextField subject = field("outgoing.field.subject");
    final TextField salutation = field("outgoing.field.salutation");
    final TextArea reference = area("outgoing.field.reference");
    final TextArea enclosures = area("outgoing.field.enclosures");
    final TextArea body = area("outgoing.field.body");
    final TextField closing = field("outgoing.field.closing");
    final TextField department = field("outgoing.field.department");
    final TextField phone = field("outgoing.field.phone");
    final TextArea recipients = area("outgoing.field.recipients");
    final TextArea copiesTo = area("outgoing.field.copies-to");
    final Select<Urgency> urgency = new Select<>();
    final Select<SecrecyClass> secrecy = new Select<>();
    final Select<DelegableMatter> matter = new Select<>();

    LetterFields(List<BookSummary> books, List<DelegableMatter> matters, boolean thai) {
        // the matter decides who may sign on the governor's behalf: chosen from the delegation annexes' list, not typed
        matter.setLabel(getTranslation("outgoing.field.matter"));
        matter.setItems(matters);
        matter.setItemLabelGenerator(m -> m == null ? "" : m.name(thai));
        matter.setEmptySelectionAllowed(true);
        matter.getElement().setAttribute("data-testid", "outgoing-matter");
        matters.stream().filter(m -> m.code().equals("GENERAL")).findFirst().ifPresent(matter::setValue);
        book.setLabel(getTranslation("outgoing.ui.book"));
        book.setItems(books);
        book.setItemLabelGenerator(b -> b.ownerCode() + " · " + b.name(thai));
        book.getElement().setAttribute("data-testid", "outgoing-book");
        if (!books.isEmpty()) {
            book.setValue(books.get(0));
        }
        circular.setLabel(getTranslation("outgoing.ui.circular"));
        urgency.setLabel(getTranslation("outgoing.ui.urgency"));
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(u -> getTranslation("outgoing.urgency." + u.name()));
        urgency.setValue(Urgency.NORMAL);
        secrecy.setLabel(getTranslation("outgoing.ui.secrecy"));
        secrecy.setItems(SecrecyClass.values());
        secrecy.setItemLabelGenerator(s -> getTranslation("outgoing.secrecy." + s.name()));
        secrecy.setValue(SecrecyClass.NONE);
        closing.setValue("ขอแสดงความนับถือ");
        body.setMinHeight("12em");
        add(book, circular, ownerAddress, subject, salutation, reference, enclosures, body, closing, department, phone,
                recipients, copiesTo, urgency, secrecy, matter);
        setColspan(body, 2);
        setColspan(subject, 2);
    }

    private TextField field(String key) {
        TextField f = new TextField(getTranslation(key));
        f.getElement().setAttribute("data-testid", "outgoing-" + key.substring(key.lastIndexOf('.') + 1));
        f.setWidthFull();
        return f;
    }

    private TextArea area(String key) {
        TextArea a = new TextArea(getTranslation(key));
        a.getElement().setAttribute("data-testid", "outgoing-" + key.substring(key.lastIndexOf('.') + 1));
        a.setWidthFull();
        return a;
    }

    void show(LetterSummary l) {
        circular.setValue(l.circular());
        ownerAddress.setValue(nn(l.ownerAddress()));
        subject.setValue(nn(l.subject()));
        salutation.setValue(nn(l.salutation()));
        reference.setValue(nn(l.reference()));
        enclosures.setValue(nn(l.enclosures()));
        body.setValue(nn(l.body()));
        closing.setValue(nn(l.closing()));
        department.setValue(nn(l.department()));
        phone.setValue(nn(l.phone()));
        recipients.setValue(nn(l.recipients()));
        copiesTo.setValue(nn(l.copiesTo()));
        urgency.setValue(l.urgency());
        secrecy.setValue(l.secrecy());
        matter.getListDataView().getItems().filter(m -> m.code().equals(l.matter())).findFirst()
                .ifPresentOrElse(matter::setValue, matter::clear);
        book.setEnabled(false);
    }

    LetterForm form(Long bookId) {
        return new LetterForm(bookId != null ? bookId : book.getValue() == null ? null : book.getValue().id(),
                circular.getValue(), ownerAddress.getValue(), subject.getValue(), salutation.getValue(), reference.getValue(),
                enclosures.getValue(), body.getValue(), closing.getValue(), department.getValue(), phone.getValue(),
                recipients.getValue(), copiesTo.getValue(), urgency.getValue(), secrecy.getValue(),
                matter.getValue() == null ? null : matter.getValue().code(), null, null);
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}
