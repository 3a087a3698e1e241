package th.tidtam.base.ui;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;

/**
 * The administrators' screens share one way of changing data: a dialog whose save runs the change once (a double
 * click cannot submit twice), a refusal that says why and keeps the dialog open so nothing typed is lost, and a
 * confirmation before deleting.
 */
public final class AdminForms {

    private final Component context;
    private final Translations translations;
    private final Runnable afterSave;

    /** @param afterSave what the screen does after every successful change (usually reload its grids) */
    public AdminForms(Component context, Translations translations, Runnable afterSave) {
        this.context = context;
        this.translations = translations;
        this.afterSave = afterSave;
    }

    /** Runs a change; on refusal shows why. @return whether the change was made */
    public boolean attempt(Runnable change) {
        try {
            change.run();
            Notifications.success(context.getTranslation("admin.saved"));
            afterSave.run();
            return true;
        } catch (RuleViolation violation) {
            Notifications.refused(violation, translations);
        } catch (ConcurrencyFailureException e) {
            Notifications.error(context.getTranslation("admin.error.concurrent-change"));
        } catch (DataIntegrityViolationException e) {
            Notifications.error(context.getTranslation("admin.error.integrity"));
        }
        return false;
    }

    public void dialog(String titleKey, Component form, String width, Runnable save) {
        Dialog dialog = new Dialog(context.getTranslation(titleKey));
        dialog.add(form);
        dialog.setWidth(width);
        Button saveButton = new Button(context.getTranslation("admin.save"));
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.getElement().setAttribute("data-testid", "dialog-save");
        saveButton.setDisableOnClick(true);
        saveButton.addClickListener(e -> {
            if (attempt(save)) {
                dialog.close();
            } else {
                saveButton.setEnabled(true);
            }
        });
        Button cancel = new Button(context.getTranslation("admin.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, saveButton);
        dialog.open();
    }

    public void confirmDelete(String text, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(context.getTranslation("admin.confirm"));
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(context.getTranslation("admin.cancel"));
        dialog.setConfirmText(context.getTranslation("admin.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> attempt(action));
        dialog.open();
    }
}
