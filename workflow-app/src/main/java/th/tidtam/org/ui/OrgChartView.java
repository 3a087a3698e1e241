package th.tidtam.org.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.service.Actor;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.OrgReach;
import th.tidtam.org.service.ProvinceSummary;
import th.tidtam.org.service.Provinces;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.UnitSummary;

/**
 * The chain of command: browse the unit tree (children load when a branch opens), see each position's holder,
 * acting holder and delegations today, and the chain of command above a position.
 */
@Route("org")
@PermitAll
@Menu(order = 50, title = "nav.org-chart", icon = "vaadin:sitemap")
public class OrgChartView extends HorizontalLayout implements HasDynamicTitle {

    record UnitNode(Long id, String nameTh, String nameEn, String kind) {
        static UnitNode of(UnitSummary u) {
            return new UnitNode(u.id(), u.nameTh(), u.nameEn(), u.kind().name());
        }
    }

    private final OrgDirectory directory;
    private final boolean thai;
    private final Locale locale;
    private final Grid<PositionSummary> positions = new Grid<>();
    private final VerticalLayout chain = new VerticalLayout();
    private final H3 unitTitle = new H3();

    /** The province whose tree is shown; null: the installation-wide units (system, Ministry). */
    private Long shownProvince;

    public OrgChartView(OrgDirectory directory, Provinces provinces) {
        this.directory = directory;
        OrgReach reach = directory.callerReach();
        // everybody sees their own province's tree; the installation's administrator picks one
        shownProvince = reach.everything()
                ? provinces.all().stream().map(ProvinceSummary::id).findFirst().orElse(null)
                : reach.provinceId();
        this.locale = getLocale();
        this.thai = Translations.isThai(locale);
        setSizeFull();

        TreeGrid<UnitNode> tree = new TreeGrid<>();
        tree.addHierarchyColumn(u -> thai ? u.nameTh() : u.nameEn()).setHeader(getTranslation("org.unit"));
        tree.setDataProvider(new AbstractBackEndHierarchicalDataProvider<UnitNode, Void>() {
            @Override
            public int getChildCount(HierarchicalQuery<UnitNode, Void> query) {
                return (int) fetchChildrenFromBackEnd(query).count();
            }

            @Override
            public boolean hasChildren(UnitNode item) {
                return directory.hasChildUnits(item.id());
            }

            @Override
            protected Stream<UnitNode> fetchChildrenFromBackEnd(HierarchicalQuery<UnitNode, Void> query) {
                List<UnitSummary> children = query.getParent() == null ? roots()
                        : directory.childUnits(query.getParent().id());
                return children.stream().map(UnitNode::of).skip(query.getOffset()).limit(query.getLimit());
            }
        });
        tree.setWidth("40%");
        tree.setHeightFull();
        tree.getElement().setAttribute("data-testid", "unit-tree");
        tree.asSingleSelect().addValueChangeListener(e -> showUnit(e.getValue()));
        // open the province itself, whatever else sits at the top of the tree (the system unit, test units)
        roots().stream().filter(u -> u.kind() == th.tidtam.org.UnitKind.PROVINCE)
                .map(UnitNode::of).forEach(root -> tree.expand(root));

        positions.addColumn(p -> p.title(thai)).setHeader(getTranslation("org.position")).setFlexGrow(3);
        positions.addColumn(p -> actors(p, AssignmentKind.HOLDER)).setHeader(getTranslation("org.holder")).setFlexGrow(2);
        positions.addColumn(p -> actors(p, AssignmentKind.ACTING)).setHeader(getTranslation("org.acting")).setFlexGrow(2);
        positions.addColumn(p -> p.vacant() ? getTranslation("org.vacant") : "").setHeader(getTranslation("org.status"))
                .setAutoWidth(true);
        positions.getElement().setAttribute("data-testid", "unit-positions");
        positions.asSingleSelect().addValueChangeListener(e -> showChain(e.getValue()));
        positions.setHeight("50%");

        // until a unit is chosen (an empty heading is announced as a heading with nothing in it)
        unitTitle.setVisible(false);
        VerticalLayout details = new VerticalLayout(new H2(getTranslation("nav.org-chart")), unitTitle, positions, chain);
        if (reach.everything()) {
            details.addComponentAtIndex(1, provincePicker(provinces.all(), tree));
        }
        details.setSizeFull();
        chain.setPadding(false);
        add(tree, details);
        setFlexGrow(1, details);
    }

    /** The top of the tree: the shown province's root, and the installation-wide units (system, Ministry). */
    private List<UnitSummary> roots() {
        return directory.rootUnits().stream()
                .filter(u -> u.provinceId() == null || u.provinceId().equals(shownProvince)).toList();
    }

    private Select<ProvinceSummary> provincePicker(List<ProvinceSummary> all, TreeGrid<UnitNode> tree) {
        Select<ProvinceSummary> picker = new Select<>();
        picker.setLabel(getTranslation("org.province"));
        picker.setItems(all);
        picker.setItemLabelGenerator(p -> p == null ? getTranslation("org.province.installation-wide")
                : (thai ? p.nameTh() : p.nameEn()) + " (" + p.code() + ")");
        picker.setEmptySelectionAllowed(true);
        picker.setEmptySelectionCaption(getTranslation("org.province.installation-wide"));
        all.stream().filter(p -> p.id().equals(shownProvince)).findFirst().ifPresent(picker::setValue);
        picker.getElement().setAttribute("data-testid", "org-chart-province");
        picker.addValueChangeListener(e -> {
            shownProvince = e.getValue() == null ? null : e.getValue().id();
            tree.getDataProvider().refreshAll();
            roots().stream().filter(u -> u.kind() == th.tidtam.org.UnitKind.PROVINCE).map(UnitNode::of)
                    .forEach(root -> tree.expand(root));
            showUnit(null);
        });
        return picker;
    }

    private void showUnit(UnitNode unit) {
        chain.removeAll();
        if (unit == null) {
            unitTitle.setText("");
            unitTitle.setVisible(false);
            positions.setItems(List.of());
            return;
        }
        unitTitle.setText(thai ? unit.nameTh() : unit.nameEn());
        unitTitle.setVisible(true);
        positions.setItems(directory.positionsOfUnit(unit.id()));
    }

    private void showChain(PositionSummary position) {
        chain.removeAll();
        if (position == null) {
            return;
        }
        chain.add(new H3(position.title(thai)));
        Div detail = new Div();
        for (Actor a : position.actors()) {
            Paragraph p = new Paragraph(getTranslation("org.capacity." + a.kind().name()) + ": " + a.name(thai) + " — "
                    + getTranslation("org.period", ThaiDates.formatMedium(a.validFrom(), locale),
                            a.validTo() == null ? getTranslation("org.open-ended") : ThaiDates.formatMedium(a.validTo(), locale))
                    + " (" + a.orderNumber() + " " + getTranslation("org.dated") + " " + ThaiDates.formatMedium(a.orderDate(), locale) + ")"
                    + (a.delegatedPowers() == null ? "" : " — " + a.delegatedPowers()));
            detail.add(p);
        }
        if (position.vacant()) {
            String responsible = directory.responsiblePosition(position.id()).flatMap(directory::position)
                    .map(p -> p.title(thai)).orElse("-");
            detail.add(new Paragraph(getTranslation("org.vacant-work-goes-to", responsible)));
        }
        chain.add(detail);
        chain.add(new Span(getTranslation("org.chain-above")));
        OrderedList list = new OrderedList();
        list.getElement().setAttribute("data-testid", "chain-above");
        for (PositionSummary superior : directory.chainAbove(position.id())) {
            String who = superior.actors().stream().filter(a -> a.kind().fillsPosition())
                    .map(a -> a.name(thai) + (a.kind() == AssignmentKind.ACTING ? " (" + getTranslation("org.capacity.ACTING") + ")" : ""))
                    .collect(Collectors.joining(", "));
            list.add(new ListItem(superior.title(thai) + " — " + (who.isEmpty() ? getTranslation("org.vacant") : who)));
        }
        chain.add(list);
    }

    private String actors(PositionSummary p, AssignmentKind kind) {
        return p.actors().stream().filter(a -> a.kind() == kind).map(a -> a.name(thai)).collect(Collectors.joining(", "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.org-chart") + " · " + getTranslation("app.name");
    }
}
