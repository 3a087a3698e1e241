package th.tidtam.casework.ui;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import th.tidtam.base.api.ApiProblems;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.base.ui.Notifications;
import th.tidtam.casework.CaseRef;
import th.tidtam.casework.attachment.CaseAttachments;

/**
 * The files of a case, or of one of its parts (a unit's evidence): name (plain text, never markup, so a name such
 * as {@code <img onerror=…>} stays a name), size, who attached it in which position, and when in the Buddhist era;
 * each name downloads the file. Users whom the case type's attachment policy lets attach also get an upload.
 * Reusable by every case type: a screen adds {@code CaseAttachmentsPanel.forCase(ref)} or
 * {@code CaseAttachmentsPanel.forPart(ref, partId)}.
 */
public class CaseAttachmentsPanel extends VerticalLayout {

    private final CaseAttachments attachments;
    private final CaseRef owner;
    private final Long partId;
    private final Grid<CaseAttachments.Item> grid = new Grid<>();
    private final Span empty = new Span();

    public CaseAttachmentsPanel(CaseAttachments attachments, Translations translations, Clock clock, CaseRef owner,
            Long partId) {
        this.attachments = attachments;
        this.owner = owner;
        this.partId = partId;
        setPadding(false);
        setId(partId == null ? "attachments" : "attachments-part-" + partId);
        getElement().setAttribute("data-testid", "attachments");
        Locale locale = UI.getCurrent().getLocale();
        boolean thai = Translations.isThai(locale);

        grid.addComponentColumn(this::downloadLink).setHeader(getTranslation("attachment.file-name")).setFlexGrow(3);
        grid.addColumn(a -> CaseAttachments.humanSize(a.size())).setHeader(getTranslation("attachment.size"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> join(thai ? a.positionTitleTh() : a.positionTitleEn(), thai ? a.uploaderNameTh() : a.uploaderNameEn()))
                .setHeader(getTranslation("attachment.uploaded-by")).setFlexGrow(2);
        grid.addColumn(a -> ThaiDates.formatDateTime(a.uploadedAt().atZone(clock.getZone()).toLocalDateTime(), locale))
                .setHeader(getTranslation("attachment.uploaded-at")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.getElement().setAttribute("data-testid", "attachment-list");
        empty.setText(getTranslation("attachment.none"));
        empty.getElement().setAttribute("data-testid", "attachment-none");
        add(empty, grid);

        if (attachments.mayAdd(owner, partId)) {
            add(AttachmentUploads.create(attachments, translations, event -> {
                UI ui = event.getUI();
                try (InputStream in = event.getInputStream()) {
                    CaseAttachments.Item item = attachments.add(owner, partId, null, event.getFileName(),
                            event.getContentType(), in);
                    ui.access(() -> {
                        refresh();
                        Notifications.success(getTranslation("attachment.added", item.fileName()));
                    });
                }
            }));
            Span hint = new Span(AttachmentUploads.hint(attachments));
            hint.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
            add(hint);
        }
        refresh();
    }

    /** The files of a whole case. */
    public static CaseAttachmentsPanel forCase(CaseRef owner) {
        return new CaseAttachmentsPanel(bean(CaseAttachments.class), bean(Translations.class), bean(Clock.class),
                owner, null);
    }

    /** The files of one part of a case (a unit's evidence); uploads land on that part. */
    public static CaseAttachmentsPanel forPart(CaseRef owner, Long partId) {
        return new CaseAttachmentsPanel(bean(CaseAttachments.class), bean(Translations.class), bean(Clock.class),
                owner, partId);
    }

    public void refresh() {
        List<CaseAttachments.Item> items = partId == null ? attachments.list(owner) : attachments.listForPart(owner, partId);
        grid.setItems(items);
        grid.setVisible(!items.isEmpty());
        empty.setVisible(items.isEmpty());
    }

    private Anchor downloadLink(CaseAttachments.Item item) {
        Long id = item.id();
        // visibility is checked again when the bytes are fetched, not only when the page was drawn
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            try {
                CaseAttachments.Download download = attachments.open(id);
                return new DownloadResponse(download.open(), download.item().fileName(), download.item().contentType(),
                        download.item().size());
            } catch (ApiProblems.NotFound gone) {
                return DownloadResponse.error(404);
            }
        });
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, item.fileName());
        link.getElement().setAttribute("data-testid", "attachment-link");
        return link;
    }

    private static String join(String position, String person) {
        if (position == null) {
            return person == null ? "" : person;
        }
        return person == null ? position : position + " (" + person + ")";
    }

    /** So that a screen adds the panel in one line without threading services through its constructor. */
    private static <T> T bean(Class<T> type) {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(type);
    }
}
