package th.tidtam.directive.ui.tasks;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.directive.ui.AttachmentsPanel;
import th.tidtam.directive.ui.DirectiveView;
import th.tidtam.directive.service.DirectiveViews;

/**
 * What every directive task shows first: number and subject, the text, the due date and the units, the provincial
 * office's last question, a link to the directive's whole story and its files.
 */
class DirectiveTaskContext extends VerticalLayout {

    DirectiveTaskContext(DirectiveViews.Detail d) {
        setPadding(false);
        boolean thai = Translations.isThai(getLocale());
        add(new H3(d.number() + " · " + d.subject()));
        Paragraph text = new Paragraph(d.text());
        text.getStyle().set("white-space", "pre-wrap");
        add(text);
        add(new Paragraph(getTranslation("directive.due-date") + ": " + ThaiDates.formatLong(d.dueDate(), getLocale()) + " · "
                + getTranslation("directive.parts") + ": " + d.parts().stream()
                        .map(p -> thai ? p.unitNameTh() : p.unitNameEn()).reduce((a, b) -> a + ", " + b).orElse("-")));
        d.timeline().stream().filter(e -> e.kind().name().equals("RETURNED_TO_GOVERNOR")).reduce((a, b) -> b)
                .ifPresent(q -> add(new Paragraph(getTranslation("work.question", q.detail()))));
        // the directive's whole story (timeline, every unit, reports, files, diagram) is one click away
        RouterLink whole = new RouterLink(getTranslation("work.open-directive", d.number()), DirectiveView.class,
                new RouteParameters("id", String.valueOf(d.id())));
        whole.getElement().setAttribute("data-testid", "task-directive-link");
        add(new Paragraph(whole));
        add(AttachmentsPanel.forDirective(d.id()));
    }
}
