package th.tidtam.letters.ui;

import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.NotFoundException;

import th.tidtam.base.api.ApiProblems;
import th.tidtam.base.i18n.Translations;
import th.tidtam.letters.LetterPage;
import th.tidtam.letters.LetterSummary;
import th.tidtam.letters.service.IncomingRegister;
import th.tidtam.letters.service.LetterCase;
import th.tidtam.letters.service.LetterHandling;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.work.MyTask;
import th.tidtam.work.ui.TaskActions;
import th.tidtam.work.ui.TaskForm;

/** The handling task in My work: the letter in brief, and the three ways on (file, hand on, present with a memo). */
@org.springframework.stereotype.Component
class LetterTaskForm implements TaskForm {

    private final IncomingRegister register;
    private final LetterHandling handling;
    private final OrgDirectory org;
    private final Translations translations;

    LetterTaskForm(IncomingRegister register, LetterHandling handling, OrgDirectory org, Translations translations) {
        this.register = register;
        this.handling = handling;
        this.org = org;
        this.translations = translations;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(LetterCase.TASK_HANDLE);
    }

    @Override
    public Component render(MyTask task, TaskActions actions) {
        if (!task.item().isOfCaseType(LetterCase.TYPE) || task.item().caseId() == null) {
            throw new NotFoundException();
        }
        LetterPage page;
        try {
            page = register.page(task.item().caseId());
        } catch (ApiProblems.NotFound gone) {
            throw new NotFoundException();
        }
        LetterSummary l = page.letter();
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(new Anchor("letters/" + l.id(), LetterLabels.number(l) + " · " + l.senderNumber() + " · " + l.subject()));
        body.add(new Paragraph(l.fromParty()));
        if (page.mayHandle()) {
            body.add(new LetterActions(handling, org, translations, l, () -> UI.getCurrent().navigate("work")));
            body.add(new Anchor("memos/new?subject=" + LetterCase.TYPE + "&subjectId=" + l.id(),
                    translations.getTranslation("letters.ui.present", UI.getCurrent().getLocale())));
        }
        return body;
    }
}
