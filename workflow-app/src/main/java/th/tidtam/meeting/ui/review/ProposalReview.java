package th.tidtam.meeting.ui.review;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The batch of proposals grouped by agenda item, with the extractor's warnings on top and one confirm button at the
 * bottom. Nothing is issued until the reviewer confirms in the dialog; the confirm callback gets the accepted drafts.
 */
final class ProposalReview extends VerticalLayout {

    private final ProposalDrafts drafts;
    private final UnitChoices units;
    private final DueDefaults defaults;
    private final Consumer<List<ProposalDraft>> confirm;
    private final Span counts = new Span();
    private final Div cards = new Div();
    private final Button confirmButton = new Button();

    ProposalReview(ProposalDrafts drafts, List<String> warnings, UnitChoices units, DueDefaults defaults,
            Consumer<List<ProposalDraft>> confirm) {
        this.drafts = drafts;
        this.units = units;
        this.defaults = defaults;
        this.confirm = confirm;
        setPadding(false);
        getElement().setAttribute("data-testid", "proposal-review");
        counts.getElement().setAttribute("data-testid", "proposal-counts");
        counts.getStyle().set("font-weight", "600");
        add(counts);
        if (!warnings.isEmpty()) {
            UnorderedList list = new UnorderedList();
            warnings.forEach(w -> list.add(new ListItem(w)));
            list.getElement().setAttribute("data-testid", "extraction-warnings");
            list.getStyle().set("color", "var(--lumo-error-text-color)");
            add(new Paragraph(getTranslation("meeting.ui.review.warnings")), list);
        }
        Paragraph hint = new Paragraph(getTranslation("meeting.ui.review.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(hint);
        cards.setWidthFull();
        add(cards);

        confirmButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirmButton.getElement().setAttribute("data-testid", "proposals-confirm");
        confirmButton.addClickListener(e -> askToConfirm());
        add(confirmButton);
        render();
    }

    private void render() {
        cards.removeAll();
        int n = 0;
        for (Map.Entry<String, List<ProposalDraft>> item : drafts.byItem().entrySet()) {
            H3 heading = new H3(getTranslation("meeting.ui.review.item", item.getKey(), drafts.itemTitle(item.getKey())));
            heading.getElement().setAttribute("data-testid", "proposal-item");
            heading.getStyle().set("font-size", "var(--lumo-font-size-l)");
            cards.add(heading);
            for (ProposalDraft d : item.getValue()) {
                n++;
                cards.add(new ProposalCard(d, n, units, defaults, drafts.nextInItem(d) != null,
                        () -> {
                            drafts.split(d);
                            render();
                        },
                        () -> {
                            drafts.mergeWithNext(d);
                            render();
                        },
                        this::updateCounts));
            }
        }
        updateCounts();
    }

    private void updateCounts() {
        int total = drafts.size();
        int kept = drafts.accepted().size();
        counts.setText(getTranslation("meeting.ui.review.counts", total, drafts.byItem().size(), kept, total - kept));
        confirmButton.setText(getTranslation("meeting.ui.review.confirm", kept));
        confirmButton.setEnabled(kept > 0);
    }

    private void askToConfirm() {
        List<ProposalDraft> kept = drafts.accepted();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("meeting.ui.review.confirm-title"));
        dialog.add(new Paragraph(getTranslation("meeting.ui.review.confirm-text", kept.size())));
        Button yes = new Button(getTranslation("meeting.ui.review.confirm-yes", kept.size()), e -> {
            dialog.close();
            confirm.accept(kept);
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // one batch, one click: a second click while the first is issuing would only be answered with the same numbers
        yes.setDisableOnClick(true);
        yes.getElement().setAttribute("data-testid", "proposals-confirm-yes");
        Button no = new Button(getTranslation("meeting.ui.cancel"), e -> dialog.close());
        no.getElement().setAttribute("data-testid", "proposals-confirm-no");
        dialog.getFooter().add(no, yes);
        dialog.open();
    }
}
