package th.tidtam.coordination.ui;

import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.NotFoundException;

import th.tidtam.base.api.ApiProblems;
import th.tidtam.base.i18n.Translations;
import th.tidtam.casework.attachment.CaseAttachments;
import th.tidtam.casework.ui.PendingAttachments;
import th.tidtam.coordination.AskKind;
import th.tidtam.coordination.PartyAnswer;
import th.tidtam.coordination.RequestPage;
import th.tidtam.coordination.RequestSummary;
import th.tidtam.coordination.service.CoordinationAnswers;
import th.tidtam.coordination.service.CoordinationCase;
import th.tidtam.coordination.service.CoordinationClosing;
import th.tidtam.coordination.service.CoordinationFiles;
import th.tidtam.coordination.service.CoordinationQueries;
import th.tidtam.work.MyTask;
import th.tidtam.work.ui.TaskActions;
import th.tidtam.work.ui.TaskForm;

/**
 * The request's tasks in My work: an agency's answer (the request in brief, the answer, a participant's nominee,
 * files) and the requester's consolidation (the result and close, or present it with a memo).
 */
@org.springframework.stereotype.Component
class CoordinationTaskForm implements TaskForm {

    private final CoordinationQueries queries;
    private final CoordinationAnswers answers;
    private final CoordinationClosing closing;
    private final CaseAttachments attachments;
    private final Translations translations;

    CoordinationTaskForm(CoordinationQueries queries, CoordinationAnswers answers, CoordinationClosing closing,
            CaseAttachments attachments, Translations translations) {
        this.queries = queries;
        this.answers = answers;
        this.closing = closing;
        this.attachments = attachments;
        this.translations = translations;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(CoordinationCase.TASK_ANSWER, CoordinationCase.TASK_CONSOLIDATE);
    }

    @Override
    public Component render(MyTask task, TaskActions actions) {
        if (!task.item().isOfCaseType(CoordinationCase.TYPE) || task.item().caseId() == null) {
            throw new NotFoundException();
        }
        RequestPage page;
        try {
            page = queries.page(task.item().caseId());
        } catch (ApiProblems.NotFound gone) {
            throw new NotFoundException();
        }
        UI ui = UI.getCurrent();
        RequestSummary r = page.request();
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(new Anchor("coordination/" + r.id(), r.number() + " · " + r.subject()));
        VerticalLayout facts = CoordinationLabels.facts();
        CoordinationLabels.fact(facts, ui.getTranslation("coordination.field.ask-kind"), ui.getTranslation("coordination.ask." + r.askKind().name()));
        CoordinationLabels.fact(facts, ui.getTranslation("coordination.field.due-date"), CoordinationLabels.date(r.dueDate(), ui.getLocale()));
        CoordinationLabels.fact(facts, ui.getTranslation("coordination.field.body"), page.body());
        body.add(facts);
        CoordinationLabels.files(body, r.id(), page.files());
        if (CoordinationCase.TASK_CONSOLIDATE.equals(task.item().taskDefinitionKey())) {
            body.add(CoordinationView.closeForm(closing, r.id(), translations, () -> ui.navigate("coordination/" + r.id())));
            body.add(new Anchor("memos/new?subject=" + CoordinationCase.TYPE + "&subjectId=" + r.id(),
                    ui.getTranslation("coordination.ui.present")));
            return body;
        }
        AnswerFields fields = new AnswerFields(r.askKind() == AskKind.PARTICIPANT, false);
        PendingAttachments files = new PendingAttachments(attachments, translations, "coordination.ui.answer-files-note");
        Button send = new Button(ui.getTranslation("coordination.ui.answer"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.getElement().setAttribute("data-testid", "coordination-answer");
        send.setDisableOnClick(true);
        send.addClickListener(e -> actions.decide(() -> {
            PartyAnswer answer = fields.answer();
            answers.answerAsAgency(task.item().taskId(), task.item().casePartId(), task.via(), answer, files.files().stream()
                    .map(f -> new CoordinationFiles.Incoming(f.fileName(), f.bytes())).toList());
        }, () -> ui.navigate("coordination/" + r.id()), send));
        body.add(fields, files, send);
        return body;
    }
}
