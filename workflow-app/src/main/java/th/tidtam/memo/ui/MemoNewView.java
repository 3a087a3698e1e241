package th.tidtam.memo.ui;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.BuddhistDatePicker;
import th.tidtam.casework.Urgency;
import th.tidtam.memo.MemoPurpose;
import th.tidtam.memo.service.MemoDraft;
import th.tidtam.memo.service.MemoDrafting;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.DelegableMatter;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;

/**
 * Drafting a บันทึกข้อความ: ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน, the text, what the next level is asked, the matter
 * (what a delegation must cover to decide it), urgency and secrecy, and whom it goes to. Opened from a letter, an
 * outgoing draft or an order as {@code memos/new?subject=LETTER_OUT&subjectId=12}, the memo is about that record.
 */
@Route("memos/new")
@PermitAll
public class MemoNewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MemoDrafting drafting;
    private final OrgDirectory org;
    private String subjectType;
    private TextField subject;
    private Select<MemoPurpose> purpose;
    private Select<DelegableMatter> matter;
    private Long subjectId;
    private final Paragraph about = new Paragraph();

    public MemoNewView(MemoDrafting drafting, OrgDirectory org) {
        this.drafting = drafting;
        this.org = org;
        boolean thai = Translations.isThai(getLocale());
        add(new H2(getTranslation("memo.new.title")), about);
        Select<CurrentPosition> position = new Select<>();
        position.setLabel(getTranslation("memo.field.position"));
        List<CurrentPosition> mine = drafting.myPositions();
        position.setItems(mine);
        position.setItemLabelGenerator(p -> p.title(thai) + " · " + p.unitName(thai));
        Select<PositionSummary> addressee = new Select<>();
        addressee.setLabel(getTranslation("memo.field.addressee"));
        addressee.setItemLabelGenerator(p -> p.title(thai));
        TextField agency = field("memo.field.agency", 500, "memo-agency");
        position.addValueChangeListener(e -> {
            List<PositionSummary> to = drafting.addressees(e.getValue() == null ? null : e.getValue().positionId());
            addressee.setItems(to);
            to.stream().reduce((a, b) -> b).ifPresent(addressee::setValue);
            if (e.getValue() != null && agency.isEmpty()) {
                agency.setValue(e.getValue().unitName(thai));
            }
        });
        mine.stream().findFirst().ifPresent(position::setValue);
        TextField reference = field("memo.field.reference-no", 100, "memo-reference");
        BuddhistDatePicker date = new BuddhistDatePicker(getTranslation("memo.field.date"));
        date.setValue(org.today());
        subject = field("memo.field.subject", 500, "memo-subject");
        TextField salutation = field("memo.field.salutation", 255, "memo-salutation");
        TextArea body = new TextArea(getTranslation("memo.field.body"));
        body.setMaxLength(20_000);
        body.setMinHeight("12em");
        body.getElement().setAttribute("data-testid", "memo-body");
        purpose = choice("memo.field.purpose", List.of(MemoPurpose.values()), p -> getTranslation("memo.purpose." + p.name()));
        purpose.setValue(MemoPurpose.CONSIDERATION);
        matter = choice("memo.field.matter", org.delegableMatters(), m -> m.name(thai));
        org.delegableMatters().stream().filter(m -> m.code().equals("GENERAL")).findFirst().ifPresent(matter::setValue);
        Select<Urgency> urgency = choice("memo.field.urgency", List.of(Urgency.values()), u -> getTranslation("directive.urgency." + u.name()));
        urgency.setValue(Urgency.NORMAL);
        Select<SecrecyClass> secrecy = choice("memo.field.secrecy", List.of(SecrecyClass.values()), s -> getTranslation("directive.secrecy." + s.name()));
        secrecy.setValue(SecrecyClass.NONE);
        FormLayout form = new FormLayout(position, addressee, agency, reference, date, subject, salutation, purpose,
                matter, urgency, secrecy);
        form.setColspan(agency, 2);
        form.setColspan(subject, 2);
        body.setWidthFull();
        Button save = new Button(getTranslation("memo.action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.getElement().setAttribute("data-testid", "memo-save");
        save.addClickListener(e -> MemoActions.run(() -> {
            long id = drafting.draft(new MemoDraft(value(position).map(CurrentPosition::positionId).orElse(null),
                    agency.getValue(), reference.getValue(), date.getValue(), subject.getValue(), salutation.getValue(),
                    body.getValue(), name(purpose.getValue()), value(matter).map(DelegableMatter::code).orElse(null),
                    name(urgency.getValue()), name(secrecy.getValue()), value(addressee).map(PositionSummary::id).orElse(null),
                    subjectType, subjectId));
            getUI().ifPresent(ui -> ui.navigate(MemoView.class, new RouteParameters("id", String.valueOf(id))));
        }, () -> { }));
        add(form, body, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters().getParameters();
        subjectType = query.getOrDefault("subject", List.of()).stream().findFirst().orElse(null);
        try {
            subjectId = query.getOrDefault("subjectId", List.of()).stream().findFirst().map(Long::valueOf).orElse(null);
        } catch (NumberFormatException e) {
            subjectId = null;
        }
        about.setText("");
        drafting.subjectSummary(subjectType, subjectId).ifPresent(summary -> {
            // the memo starts from what the record says: its subject, the matter it belongs to, and a signature when it awaits one
            about.setText(getTranslation("memo.field.about") + ": " + getTranslation("search.type." + subjectType) + " "
                    + java.util.Objects.requireNonNullElse(summary.reference(), summary.number()));
            if (subject.isEmpty() && summary.subject() != null) {
                subject.setValue(summary.subject());
            }
            if (summary.matter() != null) {
                org.delegableMatters().stream().filter(m -> m.code().equals(summary.matter())).findFirst().ifPresent(matter::setValue);
            }
        });
        if (drafting.subjectAwaitsSignature(subjectType, subjectId)) {
            purpose.setValue(MemoPurpose.SIGNATURE);
        }
    }

    private TextField field(String key, int max, String testId) {
        TextField f = new TextField(getTranslation(key));
        f.setMaxLength(max);
        f.getElement().setAttribute("data-testid", testId);
        return f;
    }

    private <T> Select<T> choice(String key, List<T> items, com.vaadin.flow.component.ItemLabelGenerator<T> label) {
        Select<T> s = new Select<>();
        s.setLabel(getTranslation(key));
        s.setItems(items);
        s.setItemLabelGenerator(label);
        return s;
    }

    private static <T> Optional<T> value(Select<T> select) {
        return Optional.ofNullable(select.getValue());
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("memo.new.title");
    }
}
