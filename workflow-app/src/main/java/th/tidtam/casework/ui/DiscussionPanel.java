package th.tidtam.casework.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinService;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.base.ui.Notifications;
import th.tidtam.casework.CaseRef;
import th.tidtam.casework.attachment.CaseAttachments;
import th.tidtam.casework.discussion.CaseOutline;
import th.tidtam.casework.discussion.DiscussionViews;
import th.tidtam.casework.discussion.Discussions;

/**
 * The discussion of a case, or of one of its parts: the thread oldest first, a text area, the positions to mention
 * (only those that may see the case are offered) and files to post with the comment. On a whole case with parts a
 * choice switches between the case's own thread and each part's. Comments are shown as text, never as markup; one's
 * own comments can be edited, and an edited comment says so and shows its earlier texts. Any case type's screen adds
 * it in one line: {@code add(new DiscussionPanel(ref, null))}.
 */
public class DiscussionPanel extends VerticalLayout {

    static final int PAGE = 20;

    private final Discussions discussions;
    private final CaseAttachments attachments;
    private final Translations translations;
    private final Clock clock;
    private final CaseRef ref;
    private final boolean thai;
    private final Locale locale;
    private final Div thread = new Div();
    private final Span none = new Span();
    private final Button more = new Button();
    private final TextArea body = new TextArea();
    private final MultiSelectComboBox<DiscussionViews.Candidate> mentions = new MultiSelectComboBox<>();
    private final Button post = new Button();
    private final List<CaseAttachments.NewFile> pending = Collections.synchronizedList(new ArrayList<>());
    private final Div uploadSlot = new Div();
    private Upload upload;
    private Long partId;
    private int shown;
    private String clientKey = Discussions.newClientKey();

    public DiscussionPanel(CaseRef ref, Long partId) {
        this(bean(Discussions.class), bean(CaseAttachments.class), bean(Translations.class), bean(Clock.class), ref, partId);
    }

    public DiscussionPanel(Discussions discussions, CaseAttachments attachments, Translations translations, Clock clock,
            CaseRef ref, Long partId) {
        this.discussions = discussions;
        this.attachments = attachments;
        this.translations = translations;
        this.clock = clock;
        this.ref = ref;
        this.partId = partId;
        this.locale = UI.getCurrent().getLocale();
        this.thai = Translations.isThai(locale);
        setPadding(false);
        setId(partId == null ? "discussion" : "discussion-part-" + partId);
        getElement().setAttribute("data-testid", "discussion");
        add(new H3(getTranslation("discussion.heading")));
        if (partId == null) {
            threadChoice();
        }
        thread.getElement().setAttribute("data-testid", "discussion-thread");
        thread.setWidthFull();
        more.setText(getTranslation("discussion.more"));
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.getElement().setAttribute("data-testid", "discussion-more");
        more.addClickListener(e -> showMore());
        // outside the list: a list holds list items only
        none.setText(getTranslation("discussion.none"));
        none.getElement().setAttribute("data-testid", "discussion-none");
        add(none, thread, more, composer());
        reload();
    }

    /** The case's own thread or one part's: a choice shown only when the case type names parts. */
    private void threadChoice() {
        List<CaseOutline.Part> parts = discussions.parts(ref);
        if (parts.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>();
        ids.add(-1L);
        parts.forEach(p -> ids.add(p.id()));
        Select<Long> choice = new Select<>();
        choice.setLabel(getTranslation("discussion.thread"));
        choice.setItems(ids);
        choice.setItemLabelGenerator(id -> id == -1L ? getTranslation("discussion.thread.case")
                : getTranslation("discussion.thread.part", parts.stream().filter(p -> p.id() == id).findFirst()
                        .map(p -> p.name(thai)).orElse("")));
        choice.setValue(-1L);
        choice.getElement().setAttribute("data-testid", "discussion-thread-choice");
        choice.addValueChangeListener(e -> {
            partId = e.getValue() == null || e.getValue() == -1L ? null : e.getValue();
            resetComposer();
            reload();
        });
        add(choice);
    }

    private Component composer() {
        body.setLabel(getTranslation("discussion.field.body"));
        body.setMaxLength(Discussions.MAX_BODY);
        body.setWidthFull();
        body.setMinHeight("6em");
        body.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        body.setHelperText(getTranslation("discussion.body-hint", Discussions.MAX_BODY));
        body.getElement().setAttribute("data-testid", "discussion-body");

        mentions.setLabel(getTranslation("discussion.field.mentions"));
        mentions.setHelperText(getTranslation("discussion.mentions-hint"));
        mentions.setWidthFull();
        mentions.setItemLabelGenerator(c -> c.label(thai));
        mentions.setItems(query -> discussions.mentionCandidates(ref, query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        mentions.getElement().setAttribute("data-testid", "discussion-mentions");

        post.setText(getTranslation("discussion.post"));
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // a second click while the first is on its way does nothing; the form's key makes a resent post post once
        post.setDisableOnClick(true);
        post.getElement().setAttribute("data-testid", "discussion-post");
        post.addClickListener(e -> submit());
        refreshUpload();
        VerticalLayout form = new VerticalLayout(body, mentions, uploadSlot, post);
        form.setPadding(false);
        form.getElement().setAttribute("data-testid", "discussion-form");
        return form;
    }

    /** An upload only for those the case type lets attach files here; files are held until the comment is posted. */
    private void refreshUpload() {
        uploadSlot.removeAll();
        pending.clear();
        if (!discussions.mayAttach(ref, partId)) {
            upload = null;
            return;
        }
        upload = AttachmentUploads.create(attachments, translations, event -> {
            byte[] bytes = event.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, attachments.maxSizeBytes() + 1));
            attachments.check(event.getFileName(), bytes);
            if (pending.size() >= Discussions.MAX_FILES) {
                throw new RuleViolation("discussion.error.too-many-files", Discussions.MAX_FILES);
            }
            pending.add(new CaseAttachments.NewFile(event.getFileName(), event.getContentType(), bytes));
        });
        upload.setId(getId().orElse("discussion") + "-upload");
        upload.getElement().setAttribute("data-testid", "discussion-upload");
        upload.addFileRemovedListener(e -> pending.removeIf(f -> f.fileName().equals(e.getFileName())));
        Span hint = new Span(AttachmentUploads.hint(attachments));
        hint.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        uploadSlot.add(upload, hint);
    }

    private void submit() {
        try {
            List<Long> ids = mentions.getSelectedItems().stream().map(DiscussionViews.Candidate::positionId).toList();
            List<CaseAttachments.NewFile> files;
            synchronized (pending) {
                files = List.copyOf(pending);
            }
            DiscussionViews.Posted posted = discussions.post(ref, partId,
                    new DiscussionViews.NewComment(body.getValue(), ids, null, clientKey, files));
            resetComposer();
            reload();
            Notifications.success(getTranslation(posted.created() ? "discussion.posted" : "discussion.posted-before"));
        } catch (RuleViolation refused) {
            Notifications.refused(refused, translations);
        } catch (ApiProblems.NotFound gone) {
            Notifications.error(getTranslation("error.not-found"));
        } finally {
            post.setEnabled(true);
        }
    }

    private void resetComposer() {
        body.clear();
        mentions.clear();
        clientKey = Discussions.newClientKey();
        refreshUpload();
    }

    private void reload() {
        thread.removeAll();
        shown = 0;
        showMore();
    }

    private void showMore() {
        DiscussionViews.Page page = discussions.list(ref, partId, shown, PAGE);
        none.setVisible(page.total() == 0);
        // an empty list is no list to a screen reader (nor to axe)
        if (page.total() == 0) {
            thread.getElement().removeAttribute("role");
        } else {
            thread.getElement().setAttribute("role", "list");
        }
        page.items().forEach(c -> thread.add(new CommentCard(c)));
        shown += page.items().size();
        more.setVisible(shown < page.total());
    }

    private String when(Instant at) {
        return ThaiDates.formatDateTime(at.atZone(clock.getZone()).toLocalDateTime(), locale);
    }

    /** One comment: who wrote it in which position, when, the text as text, mentions, files, edit and history. */
    private final class CommentCard extends Div {

        private DiscussionViews.Comment comment;

        CommentCard(DiscussionViews.Comment comment) {
            getElement().setAttribute("role", "listitem");
            getElement().setAttribute("data-testid", "discussion-comment");
            getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)").set("padding", "var(--lumo-space-s) 0");
            show(comment);
        }

        private void show(DiscussionViews.Comment c) {
            this.comment = c;
            removeAll();
            getElement().setAttribute("data-comment-id", String.valueOf(c.id()));
            String who = Objects.requireNonNullElse(thai ? c.authorPositionTitleTh() : c.authorPositionTitleEn(), "")
                    + " (" + Objects.requireNonNullElse(thai ? c.authorNameTh() : c.authorNameEn(), "") + ")"
                    + (c.capacity() == null ? "" : " · " + getTranslation("org.capacity." + c.capacity().name()));
            Span author = new Span(who);
            author.getStyle().set("font-weight", "600");
            Span at = new Span(when(c.createdAt()));
            at.getStyle().set("color", "var(--lumo-secondary-text-color)");
            HorizontalLayout head = new HorizontalLayout(author, at);
            head.setAlignItems(Alignment.BASELINE);
            head.getStyle().set("flex-wrap", "wrap");
            if (c.edited()) {
                Button history = new Button(getTranslation("discussion.edited", when(c.editedAt())), e -> openHistory());
                history.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                history.getElement().setAttribute("data-testid", "discussion-edited");
                head.add(history);
            }
            if (c.mine()) {
                Button edit = new Button(getTranslation("discussion.edit"), e -> startEdit());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                edit.getElement().setAttribute("data-testid", "discussion-edit");
                head.add(edit);
            }
            add(head);
            // user text as text: markup in a comment is shown, never rendered
            Div text = new Div();
            text.setText(c.body());
            text.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
            text.getElement().setAttribute("data-testid", "discussion-comment-body");
            add(text);
            if (!c.mentions().isEmpty()) {
                Div ms = new Div();
                ms.getElement().setAttribute("data-testid", "discussion-comment-mentions");
                c.mentions().forEach(m -> {
                    Span chip = new Span("@" + Objects.requireNonNullElse(m.title(thai), String.valueOf(m.positionId())));
                    chip.getElement().getThemeList().add("badge contrast");
                    chip.getStyle().set("margin-inline-end", "var(--lumo-space-xs)");
                    ms.add(chip);
                });
                add(ms);
            }
            c.files().forEach(f -> add(new Div(DiscussionFiles.link(attachments, f))));
        }

        private void startEdit() {
            TextArea editor = new TextArea(getTranslation("discussion.field.body"));
            editor.setValue(comment.body());
            editor.setMaxLength(Discussions.MAX_BODY);
            editor.setWidthFull();
            editor.getElement().setAttribute("data-testid", "discussion-edit-body");
            Button save = new Button(getTranslation("discussion.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            save.setDisableOnClick(true);
            save.getElement().setAttribute("data-testid", "discussion-edit-save");
            save.addClickListener(e -> {
                try {
                    show(discussions.edit(ref, comment.id(), comment.version(), editor.getValue()));
                    Notifications.success(getTranslation("discussion.saved"));
                } catch (RuleViolation refused) {
                    Notifications.refused(refused, translations);
                } catch (org.springframework.dao.ConcurrencyFailureException changed) {
                    Notifications.error(getTranslation("admin.error.concurrent-change"));
                } catch (ApiProblems.NotFound gone) {
                    Notifications.error(getTranslation("error.not-found"));
                } finally {
                    save.setEnabled(true);
                }
            });
            Button cancel = new Button(getTranslation("discussion.cancel"), e -> show(comment));
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            removeAll();
            add(editor, new HorizontalLayout(save, cancel));
        }

        private void openHistory() {
            DiscussionFiles.historyDialog(discussions.history(ref, comment.id()), thai, DiscussionPanel.this::when).open();
        }
    }

    /** So that a screen adds the panel in one line without threading services through its constructor. */
    private static <T> T bean(Class<T> type) {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(type);
    }
}
