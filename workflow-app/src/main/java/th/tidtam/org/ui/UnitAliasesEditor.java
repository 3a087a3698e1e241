package th.tidtam.org.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.AdminForms;
import th.tidtam.org.service.OrgAliases;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.UnitAliasSummary;
import th.tidtam.org.service.UnitSummary;

/**
 * The administrator sees, adds and removes the aliases and abbreviations of one unit (สสจ., ปภ.จังหวัด). Every change
 * goes through {@link OrgAliases}; a refused alias says why and stays in the field, so nothing typed is lost.
 */
public class UnitAliasesEditor extends Dialog {

    private final UnitSummary unit;
    private final OrgDirectory directory;
    private final OrgAliases aliases;
    private final AdminForms forms;
    private final VerticalLayout list = new VerticalLayout();
    private final TextField alias = new TextField();
    private final Button add = new Button();

    /** @param afterChange what the screen does after an alias was added or removed (reload its grid) */
    public UnitAliasesEditor(UnitSummary unit, OrgDirectory directory, OrgAliases aliases, Translations translations,
            Runnable afterChange) {
        this.unit = unit;
        this.directory = directory;
        this.aliases = aliases;
        this.forms = new AdminForms(this, translations, () -> {
            reload();
            afterChange.run();
        });
        boolean thai = Translations.isThai(getLocale());
        setHeaderTitle(getTranslation("org.alias.title"));
        setWidth("36em");
        list.setPadding(false);
        list.setSpacing(false);
        list.getElement().setAttribute("data-testid", "unit-aliases");
        alias.setLabel(getTranslation("org.alias.alias"));
        alias.setHelperText(getTranslation("org.alias.hint"));
        alias.setMaxLength(OrgAliases.MAX_ALIAS);
        alias.setWidthFull();
        alias.getElement().setAttribute("data-testid", "unit-alias-new");
        add.setText(getTranslation("org.alias.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.getElement().setAttribute("data-testid", "unit-alias-add");
        // one click, one alias: a double click finds the button disabled (and the unique key behind it catches the rest)
        add.setDisableOnClick(true);
        add.addClickListener(e -> addAlias());
        add.addClickShortcut(Key.ENTER);
        HorizontalLayout entry = new HorizontalLayout(alias, add);
        entry.setWidthFull();
        entry.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new Paragraph(unit.name(thai)), list, entry);
        getFooter().add(new Button(getTranslation("org.alias.close"), e -> close()));
        reload();
    }

    private void addAlias() {
        if (forms.attempt(() -> aliases.add(unit.id(), alias.getValue()))) {
            alias.clear();
        }
        add.setEnabled(true);
        alias.focus();
    }

    private void reload() {
        list.removeAll();
        var current = directory.aliasesOf(unit.id());
        if (current.isEmpty()) {
            list.add(new Span(getTranslation("org.alias.none")));
        }
        for (UnitAliasSummary a : current) {
            Span text = new Span(a.alias());
            text.getElement().setAttribute("data-testid", "unit-alias");
            Button remove = new Button(getTranslation("org.alias.remove"),
                    e -> forms.attempt(() -> aliases.remove(unit.id(), a.id())));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.getElement().setAttribute("data-testid", "unit-alias-remove");
            HorizontalLayout row = new HorizontalLayout(text, remove);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            list.add(row);
        }
    }
}
