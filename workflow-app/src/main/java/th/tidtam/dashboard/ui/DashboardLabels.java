package th.tidtam.dashboard.ui;

import java.time.YearMonth;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

import th.tidtam.base.time.ThaiDates;
import th.tidtam.dashboard.service.DashboardFigures;
import th.tidtam.dashboard.service.DashboardFigures.Rate;

/** Names and numbers as the dashboard's sections write them, so a chart's bar and its grid's row read alike. */
final class DashboardLabels {

    private DashboardLabels() {
    }

    static String sphere(Component context, boolean thai, Rate r) {
        return r.id() == null ? context.getTranslation("dashboard.rate.no-sphere") : thai ? r.nameTh() : r.nameEn();
    }

    static String bucket(Component context, DashboardFigures.Bucket b) {
        return b.maxDays() == null ? context.getTranslation("dashboard.aging.bucket-open", b.minDays() - 1)
                : context.getTranslation("dashboard.aging.bucket", b.minDays(), b.maxDays());
    }

    static String month(Locale locale, YearMonth m) {
        String name = ThaiDates.formatMedium(m.atDay(1), locale);
        // "1 ต.ค. 2568" → "ต.ค. 68": the day is noise on a month axis
        String[] words = name.split(" ");
        return words[1] + " " + words[2].substring(2);
    }

    static String percent(Component context, Rate r) {
        return r.percentOnTime() == null ? "–" : context.getTranslation("dashboard.chart.percent", r.percentOnTime());
    }

    static Div svg(String testId, String svg) {
        Div d = new Div();
        // innerHTML, not Html: the browser then parses the markup as inline SVG in the right namespace
        d.getElement().setProperty("innerHTML", svg);
        d.getElement().setAttribute("data-testid", testId);
        d.setWidthFull();
        return d;
    }
}
