package th.tidtam.outgoing.ui;

import java.util.List;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.BuddhistDatePicker;
import th.tidtam.outgoing.BookSummary;
import th.tidtam.outgoing.LetterSummary;
import th.tidtam.outgoing.service.OutgoingDrafts;
import th.tidtam.outgoing.service.OutgoingSigning;
import th.tidtam.outgoing.service.PaperLetter;
import th.tidtam.outgoing.service.RegisterBooks;

/**
 * A new outgoing letter: a draft in the book of the user's unit (or a unit above), to be sent up with a memo for
 * signature; or, for the correspondence clerks, a letter already signed on paper registered at once in any book.
 */
@Route("outgoing/new")
@PermitAll
public class NewOutgoingView extends VerticalLayout implements HasDynamicTitle {

    public NewOutgoingView(OutgoingDrafts drafts, OutgoingSigning signing, RegisterBooks books, th.tidtam.org.service.OrgDirectory org) {
        boolean thai = Translations.isThai(getLocale());
        add(new H2(getTranslation("outgoing.ui.new")));
        boolean clerk = drafts.isClerk();
        List<BookSummary> mine = clerk ? books.books().stream().filter(BookSummary::active).toList() : books.draftingBooks();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("outgoing.ui.no-book")));
            return;
        }
        LetterFields fields = new LetterFields(mine, org.delegableMatters(), thai);
        add(fields);
        Checkbox paper = new Checkbox(getTranslation("outgoing.ui.register-paper"));
        paper.getElement().setAttribute("data-testid", "outgoing-paper");
        TextField signerName = new TextField(getTranslation("outgoing.field.signer-name"));
        TextArea signerLines = new TextArea(getTranslation("outgoing.field.signer-lines"));
        BuddhistDatePicker date = new BuddhistDatePicker(getTranslation("outgoing.ui.date"));
        HorizontalLayout paperFields = new HorizontalLayout(signerName, signerLines, date);
        paperFields.setVisible(false);
        paper.addValueChangeListener(e -> paperFields.setVisible(e.getValue()));
        if (clerk) {
            add(paper, paperFields);
        }
        Button save = new Button(getTranslation("outgoing.ui.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.getElement().setAttribute("data-testid", "outgoing-save");
        save.addClickListener(e -> {
            LetterSummary[] made = new LetterSummary[1];
            boolean ok = OutgoingActions.run("outgoing.ui.saved", () -> made[0] = paper.getValue()
                    ? signing.registerPaper(new PaperLetter(fields.form(null), signerName.getValue(), signerLines.getValue(), date.getValue()))
                    : drafts.draft(fields.form(null)));
            if (ok) {
                getUI().ifPresent(ui -> ui.navigate(OutgoingLetterView.class, new RouteParameters("id", String.valueOf(made[0].id()))));
            } else {
                save.setEnabled(true);
            }
        });
        add(save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outgoing.ui.new") + " · " + getTranslation("app.name");
    }
}
