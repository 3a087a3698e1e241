package th.tidtam.directive.ui;

import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import th.tidtam.base.ui.GridRows;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.directive.service.DirectiveBoard;
import th.tidtam.security.Roles;

/** The governor's board: open directives with traffic lights (on track · at risk · overdue), newest first. */
@Route("board")
@RolesAllowed({ Roles.GOVERNOR, Roles.VICE_GOVERNOR, Roles.HEAD_OF_OFFICE })
@Menu(order = 12, title = "nav.board", icon = "vaadin:dashboard")
public class GovernorBoardView extends VerticalLayout implements HasDynamicTitle {

    public GovernorBoardView(DirectiveBoard board) {
        setSizeFull();
        Locale locale = getLocale();
        boolean thai = Translations.isThai(locale);
        add(new H2(getTranslation("nav.board")));
        Grid<DirectiveBoard.Row> grid = new Grid<>();
        grid.addColumn(new ComponentRenderer<>(r -> light(r.light()))).setHeader(getTranslation("board.light"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.directive().number()).setHeader(getTranslation("directive.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.directive().subject()).setHeader(getTranslation("directive.subject")).setFlexGrow(4);
        grid.addColumn(r -> thai ? r.directive().leadUnitNameTh() : r.directive().leadUnitNameEn())
                .setHeader(getTranslation("directive.lead-unit")).setFlexGrow(2);
        grid.addColumn(r -> r.meetingNumber() == null ? "" : r.meetingNumber()).setHeader(getTranslation("board.meeting"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(r -> agencies(r, thai))).setHeader(getTranslation("board.agencies")).setFlexGrow(4);
        grid.addColumn(r -> getTranslation("board.parts-done", r.partsDone(), r.partsTotal())).setHeader(getTranslation("directive.parts"))
                .setAutoWidth(true);
        grid.addColumn(r -> ThaiDates.formatMedium(r.directive().dueDate(), locale) + " · " + (r.workingDaysLeft() >= 0
                ? getTranslation("work.days-left", r.workingDaysLeft()) : getTranslation("work.days-overdue", -r.workingDaysLeft())))
                .setHeader(getTranslation("directive.due-date")).setAutoWidth(true);
        grid.setItems(board.openDirectives());
        GridRows.openOnClickOrEnter(grid, item -> getUI().ifPresent(ui -> ui.navigate(DirectiveView.class,
                new RouteParameters("id", String.valueOf(item.directive().id())))));
        grid.getElement().setAttribute("data-testid", "governor-board");
        grid.setSizeFull();
        add(grid);
    }

    /** One badge per agency: done, or its own light, so the governor sees who holds a directive up. */
    private com.vaadin.flow.component.Component agencies(DirectiveBoard.Row row, boolean thai) {
        com.vaadin.flow.component.orderedlayout.FlexLayout badges = new com.vaadin.flow.component.orderedlayout.FlexLayout();
        badges.setFlexWrap(com.vaadin.flow.component.orderedlayout.FlexLayout.FlexWrap.WRAP);
        badges.getStyle().set("gap", "var(--lumo-space-xs)");
        for (DirectiveBoard.AgencyLight a : row.agencies()) {
            String name = thai ? a.unitNameTh() : a.unitNameEn();
            Span badge = new Span(a.done() ? getTranslation("board.agency-done", name)
                    : a.light() == DirectiveBoard.Light.OVERDUE ? getTranslation("board.agency-late", name, a.workingDaysLate())
                    : name + " · " + getTranslation("board.light." + a.light().name()));
            badge.getElement().getThemeList().add("badge");
            if (!a.done()) {
                badge.getElement().getThemeList().add(switch (a.light()) {
                    case ON_TRACK -> "success";
                    case AT_RISK -> "contrast";
                    case OVERDUE -> "error";
                });
            }
            badge.getElement().setAttribute("data-light", a.done() ? "DONE" : a.light().name());
            badges.add(badge);
        }
        badges.getElement().setAttribute("data-testid", "board-agencies");
        return badges;
    }

    private Span light(DirectiveBoard.Light light) {
        Span badge = new Span(getTranslation("board.light." + light.name()));
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(switch (light) {
            case ON_TRACK -> "success";
            case AT_RISK -> "contrast";
            case OVERDUE -> "error";
        });
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.board") + " · " + getTranslation("app.name");
    }
}
