package th.tidtam.security.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** The ten recovery codes, shown this once (only their hashes are kept). */
class RecoveryCodesPanel extends Div {

    RecoveryCodesPanel(List<String> codes) {
        Paragraph warning = new Paragraph(getTranslation("twofactor.recovery.warning"));
        UnorderedList list = new UnorderedList();
        list.setId("recovery-codes");
        list.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)");
        codes.forEach(c -> list.add(new ListItem(c)));
        add(warning, list);
    }
}
