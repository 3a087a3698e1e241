package th.tidtam.directive.ui.tasks;

import java.util.Optional;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.directive.domain.DirectiveEvent;
import th.tidtam.directive.service.DirectiveViews;
import th.tidtam.directive.ui.AttachmentsPanel;

/** A directive step's form under the directive's context: what the pieces several steps share look like. */
abstract class DirectiveTaskForm extends VerticalLayout {

    protected final TaskStep step;

    protected DirectiveTaskForm(TaskStep step) {
        this.step = step;
        setPadding(false);
    }

    protected boolean thai() {
        return Translations.isThai(getLocale());
    }

    /** Whose part of the directive the task is about, and its due date (nothing when it is about no part). */
    protected void partHeading() {
        step.part().ifPresent(p -> add(new Paragraph(getTranslation("work.part-of", thai() ? p.unitNameTh() : p.unitNameEn())
                + " · " + getTranslation("directive.due-date") + " " + ThaiDates.formatLong(p.dueDate(), getLocale()))));
    }

    /** The comment of the last report returned on this part, so the worker knows what to mend. */
    protected void returnedComment(Optional<DirectiveViews.Part> part) {
        part.ifPresent(p -> step.directive().timeline().stream()
                .filter(e -> p.id().equals(e.partId()) && (e.kind() == DirectiveEvent.Kind.REPORT_RETURNED
                        || e.kind() == DirectiveEvent.Kind.UNIT_REPORT_RETURNED))
                .reduce((a, b) -> b).ifPresent(e -> {
                    Paragraph returned = new Paragraph(getTranslation("work.returned-with", e.detail()));
                    returned.getElement().setAttribute("data-testid", "task-returned-comment");
                    returned.getStyle().set("color", "var(--lumo-error-text-color)").set("white-space", "pre-wrap");
                    add(returned);
                }));
    }

    /** The unit's evidence files (หลักฐาน) on its part: listed, downloadable, and added by whoever works it. */
    protected void evidence() {
        step.partId().ifPresent(partId -> {
            add(new H3(getTranslation("work.evidence")));
            add(AttachmentsPanel.forPart(step.directive().id(), partId));
        });
    }
}
