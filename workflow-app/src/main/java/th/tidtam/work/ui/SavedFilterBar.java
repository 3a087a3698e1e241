package th.tidtam.work.ui;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.Notifications;
import th.tidtam.process.InboxFilter;
import th.tidtam.work.SavedFilters;
import th.tidtam.work.SavedFilters.SavedFilter;

/** Choose, save and delete the user's named filters of "My work". */
class SavedFilterBar extends HorizontalLayout {

    private final SavedFilters filters;
    private final Translations translations;
    private final Supplier<InboxFilter> current;
    private final Select<SavedFilter> saved = new Select<>();
    private final Button delete = new Button(VaadinIcon.TRASH.create());

    SavedFilterBar(SavedFilters filters, Translations translations, Supplier<InboxFilter> current,
            Consumer<InboxFilter> apply) {
        this.filters = filters;
        this.translations = translations;
        this.current = current;
        setAlignItems(Alignment.BASELINE);
        setPadding(false);
        saved.setLabel(getTranslation("work.filter.saved"));
        saved.setEmptySelectionAllowed(true);
        saved.setItemLabelGenerator(f -> f == null ? "" : f.name());
        saved.getElement().setAttribute("data-testid", "work-saved-filters");
        saved.addValueChangeListener(e -> {
            delete.setEnabled(e.getValue() != null);
            if (e.getValue() != null && e.isFromClient()) {
                apply.accept(e.getValue().filter());
            }
        });
        Button save = new Button(getTranslation("work.filter.save"), VaadinIcon.BOOKMARK.create(), e -> openSaveDialog());
        save.getElement().setAttribute("data-testid", "work-save-filter");
        delete.setEnabled(false);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setTooltipText(getTranslation("work.filter.delete"));
        delete.setAriaLabel(getTranslation("work.filter.delete"));
        delete.getElement().setAttribute("data-testid", "work-delete-filter");
        delete.addClickListener(e -> deleteSelected());
        add(saved, delete, save);
        reload(null);
    }

    /** The filter on screen changed: a saved filter that no longer matches it is no longer shown as chosen. */
    void shown(InboxFilter filter) {
        SavedFilter chosen = saved.getValue();
        if (chosen != null && !same(chosen.filter(), filter)) {
            saved.clear();
        }
    }

    private static boolean same(InboxFilter a, InboxFilter b) {
        return a.urgencies().equals(b.urgencies()) && a.overdueOnly() == b.overdueOnly()
                && Objects.equals(blankToNull(a.text()), blankToNull(b.text()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void reload(Long select) {
        var mine = filters.mine();
        saved.setItems(mine);
        saved.setEnabled(!mine.isEmpty());
        mine.stream().filter(f -> select != null && f.id() == select).findFirst().ifPresent(saved::setValue);
        delete.setEnabled(saved.getValue() != null);
    }

    private void openSaveDialog() {
        Dialog dialog = new Dialog(getTranslation("work.filter.save"));
        TextField name = new TextField(getTranslation("work.filter.name"));
        name.setMaxLength(SavedFilters.MAX_NAME);
        name.setWidth("22em");
        name.getElement().setAttribute("data-testid", "work-filter-name");
        Button confirm = new Button(getTranslation("work.filter.save-confirm"), e -> {
            try {
                SavedFilter f = filters.save(name.getValue(), current.get());
                dialog.close();
                reload(f.id());
                Notifications.success(getTranslation("work.filter.saved-as", f.name()));
            } catch (RuleViolation violation) {
                name.setErrorMessage(translations.message(violation, getLocale()));
                name.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        confirm.getElement().setAttribute("data-testid", "work-filter-save-confirm");
        Button cancel = new Button(getTranslation("work.filter.cancel"), e -> dialog.close());
        dialog.add(name);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        name.focus();
    }

    private void deleteSelected() {
        SavedFilter chosen = saved.getValue();
        if (chosen == null) {
            return;
        }
        if (filters.delete(chosen.id()).isPresent()) {
            Notifications.success(getTranslation("work.filter.deleted", chosen.name()));
        } else {
            Notifications.error(getTranslation("work.filter.not-found"));
        }
        reload(null);
    }
}
