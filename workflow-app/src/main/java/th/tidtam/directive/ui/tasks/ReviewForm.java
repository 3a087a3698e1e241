package th.tidtam.directive.ui.tasks;

import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import th.tidtam.base.time.ThaiDates;
import th.tidtam.directive.service.DirectiveTasks.ReviewOutcome;
import th.tidtam.directive.service.DirectiveViews;

/** The reviewer one level up accepts a progress report or returns it with a comment. */
class ReviewForm extends DirectiveTaskForm {

    ReviewForm(TaskStep step) {
        super(step);
        DirectiveViews.Detail d = step.directive();
        step.reviews().reportUnderReview(step.taskId()).flatMap(id -> d.reports().stream().filter(r -> r.id().equals(id)).findFirst())
                .ifPresent(this::report);
        TextArea comment = Controls.note(getTranslation("work.review-comment"), "task-note");
        Button accept = Controls.decision(getTranslation("work.accept-report"), true, "review-accept");
        Button back = Controls.decision(getTranslation("work.return-report"), false, "review-return");
        accept.addClickListener(e -> step.decide(() -> step.reviews().reviewProgressReport(step.taskId(), ReviewOutcome.ACCEPT,
                comment.getValue()), accept, back));
        back.addClickListener(e -> step.decide(() -> step.reviews().reviewProgressReport(step.taskId(), ReviewOutcome.RETURN,
                comment.getValue()), accept, back));
        add(comment, new HorizontalLayout(accept, back));
    }

    /** The report under review: whose part, who reported when, status and percent, the text, the obstacle. */
    private void report(DirectiveViews.Report r) {
        boolean thai = thai();
        step.directive().parts().stream().filter(p -> p.id().equals(r.partId())).findFirst().ifPresent(p -> add(new Paragraph(
                getTranslation("work.part-of", thai ? p.unitNameTh() : p.unitNameEn()))));
        add(new Paragraph(getTranslation("work.report-by", Objects.requireNonNullElse(thai ? r.personNameTh() : r.personNameEn(), ""),
                Objects.requireNonNullElse(thai ? r.positionTitleTh() : r.positionTitleEn(), ""),
                ThaiDates.formatDateTime(r.reportedAt().atZone(step.zone()).toLocalDateTime(), getLocale()))));
        add(new Paragraph(getTranslation("directive.progress." + r.progress().name()) + " · " + r.percent() + "%"));
        Paragraph body = new Paragraph(r.body());
        body.getStyle().set("white-space", "pre-wrap");
        body.getElement().setAttribute("data-testid", "review-report-text");
        add(body);
        if (r.obstacle() != null) {
            add(new Paragraph(getTranslation("work.obstacle") + ": " + r.obstacle()));
        }
    }
}
