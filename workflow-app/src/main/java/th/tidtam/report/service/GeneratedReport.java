package th.tidtam.report.service;

/** A rendered report: its bytes and how to serve them. */
public record GeneratedReport(String filename, ReportFormat format, byte[] bytes, int directives, long parts) {

    public String contentType() {
        return format.contentType();
    }
}
