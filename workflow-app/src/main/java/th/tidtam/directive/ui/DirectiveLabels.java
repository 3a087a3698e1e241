package th.tidtam.directive.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import th.tidtam.directive.domain.DirectiveStatus;
import th.tidtam.casework.Urgency;

/** Badges for urgency and status, shared by the directive screens. */
final class DirectiveLabels {

    private DirectiveLabels() {
    }

    static Component urgency(Component context, Urgency urgency) {
        Span badge = new Span(context.getTranslation("directive.urgency." + urgency.name()));
        String theme = switch (urgency) {
            case MOST_URGENT -> "badge error primary";
            case VERY_URGENT -> "badge error";
            case URGENT -> "badge contrast";
            case NORMAL -> "badge";
        };
        badge.getElement().getThemeList().addAll(java.util.List.of(theme.split(" ")));
        return badge;
    }

    static Component status(Component context, DirectiveStatus status) {
        Span badge = new Span(context.getTranslation("directive.status." + status.name()));
        badge.getElement().getThemeList().add("badge");
        if (status == DirectiveStatus.CLOSED) {
            badge.getElement().getThemeList().add("success");
        }
        return badge;
    }
}
