package th.tidtam.partners.ui;

import java.util.Map;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import th.tidtam.org.service.UnitSummary;
import th.tidtam.partners.LocalGovernmentKind;
import th.tidtam.partners.PartnerKind;
import th.tidtam.partners.service.PartnerDetails;
import th.tidtam.partners.service.PartnerForm;
import th.tidtam.partners.service.PartnerRegister;
import th.tidtam.partners.service.PartnerText;

/** The add/edit form of a partner; the service checks everything, the fields only help (lengths, the tier's visibility). */
class PartnerDialog extends FormLayout {

    private final Select<PartnerKind> kind = new Select<>();
    private final Select<LocalGovernmentKind> localKind = new Select<>();
    private final TextField nameTh = new TextField();
    private final TextField nameEn = new TextField();
    private final TextField contactName = new TextField();
    private final TextField contactTitle = new TextField();
    private final TextField email = new TextField();
    private final TextField phone = new TextField();
    private final TextArea address = new TextArea();
    private final ComboBox<Long> district = new ComboBox<>();

    PartnerDialog(Map<Long, UnitSummary> districts, boolean thai) {
        kind.setLabel(getTranslation("partners.field.kind"));
        kind.setItems(PartnerKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("partners.kind." + k.name()));
        localKind.setLabel(getTranslation("partners.field.local-kind"));
        localKind.setItems(LocalGovernmentKind.values());
        localKind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("partners.local-kind." + k.name()));
        localKind.setVisible(false);
        kind.addValueChangeListener(e -> {
            boolean local = e.getValue() == PartnerKind.LOCAL_GOVERNMENT;
            localKind.setVisible(local);
            if (!local) {
                localKind.clear();
            }
        });
        label(nameTh, "partners.field.name-th", PartnerRegister.MAX_NAME, "partner-name-th");
        label(nameEn, "partners.field.name-en", PartnerRegister.MAX_NAME, "partner-name-en");
        label(contactName, "partners.field.contact-name", PartnerRegister.MAX_NAME, "partner-contact-name");
        label(contactTitle, "partners.field.contact-title", PartnerRegister.MAX_NAME, "partner-contact-title");
        label(email, "partners.field.email", PartnerText.MAX_EMAIL, "partner-email");
        label(phone, "partners.field.phone", 64, "partner-phone");
        phone.setHelperText(getTranslation("partners.field.phone-help"));
        address.setLabel(getTranslation("partners.field.address"));
        address.setMaxLength(PartnerRegister.MAX_ADDRESS);
        district.setLabel(getTranslation("partners.field.district"));
        district.setItems(districts.keySet());
        district.setItemLabelGenerator(id -> districts.containsKey(id) ? districts.get(id).name(thai) : "");
        district.setClearButtonVisible(true);
        district.setPlaceholder(getTranslation("partners.ui.no-district"));
        kind.getElement().setAttribute("data-testid", "partner-kind");
        localKind.getElement().setAttribute("data-testid", "partner-local-kind");
        add(kind, localKind, nameTh, nameEn, contactName, contactTitle, email, phone, district, address);
        setColspan(address, 2);
    }

    private void label(TextField field, String key, int max, String testId) {
        field.setLabel(getTranslation(key));
        field.setMaxLength(max);
        field.getElement().setAttribute("data-testid", testId);
    }

    void show(PartnerDetails d) {
        kind.setValue(d.kind());
        localKind.setValue(d.localKind());
        nameTh.setValue(d.nameTh());
        nameEn.setValue(d.nameEn() == null ? "" : d.nameEn());
        contactName.setValue(d.contactName() == null ? "" : d.contactName());
        contactTitle.setValue(d.contactTitle() == null ? "" : d.contactTitle());
        email.setValue(d.email() == null ? "" : d.email());
        phone.setValue(d.phone() == null ? "" : d.phone());
        address.setValue(d.address() == null ? "" : d.address());
        district.setValue(d.districtUnitId());
    }

    PartnerForm value() {
        return new PartnerForm(kind.getValue(), localKind.getValue(), nameTh.getValue(), nameEn.getValue(),
                contactName.getValue(), contactTitle.getValue(), email.getValue(), phone.getValue(), address.getValue(),
                district.getValue());
    }
}
