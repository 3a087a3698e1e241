package th.tidtam.report.ui;

import java.io.ByteArrayInputStream;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.BuddhistDatePicker;
import th.tidtam.base.ui.Notifications;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.report.service.FollowUpReports;
import th.tidtam.report.service.GeneratedReport;
import th.tidtam.report.service.ReportExecutor;
import th.tidtam.report.service.ReportFormat;
import th.tidtam.report.service.ReportRequest;
import th.tidtam.security.CurrentUser;
import th.tidtam.security.Roles;

/**
 * Generates the meeting follow-up report. Rendering runs on a background thread while the screen polls for the
 * result (no server push in this application), then offers the file for download.
 */
@Route("reports/follow-up")
@RolesAllowed({ Roles.GOVERNOR, Roles.VICE_GOVERNOR, Roles.HEAD_OF_OFFICE, Roles.SECRETARIAT })
@Menu(order = 14, title = "nav.follow-up-report", icon = "vaadin:file-text-o")
public class FollowUpReportView extends VerticalLayout implements HasDynamicTitle {

    private static final int POLL_MILLIS = 500;

    enum Mode { SINCE_LAST_MEETING, MEETING, PERIOD }

    private final FollowUpReports reports;
    private final ReportExecutor executor;
    private final Translations translations;
    private final List<CurrentPosition> positions;

    private final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
    private final ComboBox<String> meeting = new ComboBox<>();
    private final BuddhistDatePicker from;
    private final BuddhistDatePicker to;
    private final RadioButtonGroup<ReportFormat> format = new RadioButtonGroup<>();
    private final Checkbox thaiDigits = new Checkbox();
    private final Button generate = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final HorizontalLayout result = new HorizontalLayout();

    public FollowUpReportView(FollowUpReports reports, ReportExecutor executor, Translations translations,
            CurrentUser currentUser, OrgDirectory org) {
        this.reports = reports;
        this.executor = executor;
        this.translations = translations;
        // captured here: the background thread has no request, and so no security context of its own
        this.positions = currentUser.get().map(u -> org.positionsFilled(u.personId())).orElse(List.of());
        add(new H2(getTranslation("report.title")), new Paragraph(getTranslation("report.ui.intro")));

        mode.setLabel(getTranslation("report.ui.mode"));
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("report.ui.mode." + m.name()));
        mode.setValue(Mode.SINCE_LAST_MEETING);
        mode.getElement().setAttribute("data-testid", "report-mode");

        meeting.setLabel(getTranslation("report.ui.meeting"));
        meeting.setItems(reports.meetingNumbers(positions));
        meeting.setAllowCustomValue(false);
        meeting.getElement().setAttribute("data-testid", "report-meeting");
        from = new BuddhistDatePicker(getTranslation("report.ui.from"));
        to = new BuddhistDatePicker(getTranslation("report.ui.to"));
        from.getElement().setAttribute("data-testid", "report-from");
        to.getElement().setAttribute("data-testid", "report-to");

        format.setLabel(getTranslation("report.ui.format"));
        format.setItems(ReportFormat.values());
        format.setItemLabelGenerator(f -> getTranslation("report.ui.format." + f.name()));
        format.setValue(ReportFormat.PDF);
        format.getElement().setAttribute("data-testid", "report-format");
        thaiDigits.setLabel(getTranslation("report.ui.thai-digits"));
        thaiDigits.getElement().setAttribute("data-testid", "report-thai-digits");

        generate.setText(getTranslation("report.ui.generate"));
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.getElement().setAttribute("data-testid", "report-generate");
        generate.addClickListener(e -> start());
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setWidth("20em");
        progress.getElement().setAttribute("data-testid", "report-progress");
        status.getElement().setAttribute("data-testid", "report-status");
        result.getElement().setAttribute("data-testid", "report-result");

        mode.addValueChangeListener(e -> showFields());
        showFields();
        add(mode, new HorizontalLayout(meeting, from, to), new HorizontalLayout(format, thaiDigits), generate, progress,
                status, result);
    }

    private void showFields() {
        meeting.setVisible(mode.getValue() == Mode.MEETING);
        from.setVisible(mode.getValue() == Mode.PERIOD);
        to.setVisible(mode.getValue() == Mode.PERIOD);
    }

    private ReportRequest request() {
        ReportFormat f = format.getValue() == null ? ReportFormat.PDF : format.getValue();
        boolean digits = thaiDigits.getValue();
        return switch (mode.getValue() == null ? Mode.SINCE_LAST_MEETING : mode.getValue()) {
            case MEETING -> {
                if (meeting.getValue() == null) {
                    throw new RuleViolation("report.error.choose-meeting");
                }
                yield new ReportRequest(meeting.getValue(), null, null, f, digits);
            }
            case PERIOD -> new ReportRequest(null, from.getValue(), to.getValue(), f, digits);
            case SINCE_LAST_MEETING -> ReportRequest.sinceLastMeeting(f, digits);
        };
    }

    private void start() {
        ReportRequest request;
        try {
            request = request();
            reports.check(request, positions);
        } catch (RuleViolation v) {
            Notifications.refused(v, translations);
            return;
        }
        UI ui = UI.getCurrent();
        SecurityContext security = SecurityContextHolder.getContext();
        result.removeAll();
        generate.setEnabled(false);
        progress.setVisible(true);
        status.setText(getTranslation("report.ui.generating"));
        ui.setPollInterval(POLL_MILLIS);
        executor.submit(() -> {
            SecurityContextHolder.setContext(security);
            try {
                return reports.generate(request, positions);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }).whenComplete((report, failure) -> {
            try {
                ui.access(() -> finished(ui, report, failure));
            } catch (UIDetachedException gone) {
                // the user left the screen or closed the tab: nobody is waiting for this report any more
            }
        });
    }

    private void finished(UI ui, GeneratedReport report, Throwable failure) {
        ui.setPollInterval(-1);
        generate.setEnabled(true);
        progress.setVisible(false);
        if (failure != null) {
            Throwable cause = failure.getCause() == null ? failure : failure.getCause();
            if (cause instanceof RuleViolation v) {
                Notifications.refused(v, translations);
            } else {
                Notifications.error(getTranslation("report.ui.failed"));
            }
            status.setText(getTranslation("report.ui.failed"));
            return;
        }
        status.setText(getTranslation("report.ui.ready", report.directives(), report.parts()));
        byte[] bytes = report.bytes();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), report.filename(), report.contentType(), bytes.length)),
                AttachmentType.DOWNLOAD, getTranslation("report.ui.download", report.filename()));
        download.getElement().setAttribute("data-testid", "report-download");
        result.add(download);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title") + " · " + getTranslation("app.name");
    }
}
