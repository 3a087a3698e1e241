package th.tidtam.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import th.tidtam.base.ui.AdminForms;
import th.tidtam.org.UnitKind;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.ProvinceAdministration;
import th.tidtam.org.service.UnitForm;

/**
 * The installation's administrator adds a province: its ISO 3166-2 code (the tenant id of its processes), its names
 * and the code of its root unit; {@link ProvinceAdministration#createProvince} makes both. Shown only to the installation's
 * administrator; the service refuses anyone else all the same.
 */
class ProvinceForm {

    private final ProvinceAdministration administration;
    private final AdminForms forms;

    ProvinceForm(ProvinceAdministration administration, AdminForms forms) {
        this.administration = administration;
        this.forms = forms;
    }

    Button button() {
        Button add = new Button();
        add.setText(add.getTranslation("admin.province.new"));
        add.addClickListener(e -> open(add));
        add.getElement().setAttribute("data-testid", "province-new");
        return add;
    }

    private void open(Button from) {
        TextField isoCode = field(from, "admin.province.iso-code", "province-code", 16);
        isoCode.setPlaceholder("TH-25");
        TextField nameTh = field(from, "org.field.name-th", "province-name-th", OrgAdministration.MAX_NAME);
        TextField nameEn = field(from, "org.field.name-en", "province-name-en", OrgAdministration.MAX_NAME);
        TextField rootCode = field(from, "admin.province.root-code", "province-root-code", OrgAdministration.MAX_CODE);
        forms.dialog("admin.province.new", new FormLayout(isoCode, nameTh, nameEn, rootCode), "40em",
                () -> administration.createProvince(isoCode.getValue(), new UnitForm(rootCode.getValue(),
                        nameTh.getValue(), nameEn.getValue(), UnitKind.PROVINCE, null)));
    }

    private static TextField field(Button from, String labelKey, String testId, int maxLength) {
        TextField field = new TextField(from.getTranslation(labelKey));
        field.setMaxLength(maxLength);
        field.getElement().setAttribute("data-testid", testId);
        return field;
    }
}
