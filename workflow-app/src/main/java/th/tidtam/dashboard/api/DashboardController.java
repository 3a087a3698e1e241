package th.tidtam.dashboard.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import th.tidtam.base.RuleViolation;
import th.tidtam.dashboard.service.Dashboard;
import th.tidtam.dashboard.service.DashboardFigures;
import th.tidtam.dashboard.service.DashboardRequest;
import th.tidtam.dashboard.service.DirectiveRow;
import th.tidtam.dashboard.service.Figure;

/**
 * The dashboard's figures as JSON, with the screen's filters as query parameters ({@code fiscalYear} (BE) or
 * {@code from}/{@code to}, {@code sphere}, {@code agency}, {@code urgency}, {@code source}, {@code meeting},
 * {@code reference}). Same authorisation as the screen: anyone else, or a vice governor asking for another's sphere,
 * gets 404.
 */
@RestController
@RequestMapping("/api/dashboard")
class DashboardController {

    private final Dashboard dashboard;

    DashboardController(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping
    DashboardFigures figures(@RequestParam Map<String, String> query) {
        return dashboard.figures(DashboardRequest.parse(query));
    }

    /** The other case types' figures (coordination requests, unowned matters …), beside the directives'. */
    @io.swagger.v3.oas.annotations.Operation(summary = "Figures of the other case types (open, overdue, finished, on time)")
    @GetMapping("/cases")
    List<th.tidtam.casework.figures.CaseFigure> otherCases() {
        if (!dashboard.mayUse()) {
            throw new th.tidtam.base.api.ApiProblems.NotFound();
        }
        return dashboard.otherCases();
    }

    record DrillDown(int total, int offset, List<DirectiveRow> items) {
    }

    /** The directives behind one figure ({@code figure}, narrowed by {@code key}), newest first, a page at a time. */
    @GetMapping("/directives")
    DrillDown directives(@RequestParam Map<String, String> query) {
        Figure figure;
        try {
            figure = Figure.valueOf(query.getOrDefault("figure", "").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("dashboard.error.figure");
        }
        int offset = Math.max(0, parse(query.get("offset"), 0));
        int limit = Math.max(1, Math.min(200, parse(query.get("limit"), 50)));
        List<Long> ids = dashboard.drillDown(DashboardRequest.parse(query), figure, query.get("key"));
        // from is at most the size, so from + limit cannot overflow even for an offset of Integer.MAX_VALUE
        int from = Math.min(offset, ids.size());
        List<Long> page = ids.subList(from, Math.min(from + limit, ids.size()));
        return new DrillDown(ids.size(), offset, dashboard.rows(page));
    }

    private static int parse(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new RuleViolation("dashboard.error.figure");
        }
    }
}
