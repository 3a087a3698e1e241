package th.tidtam.report.service;

import java.util.Locale;
import java.util.Optional;

/** The formats a follow-up report comes in. */
public enum ReportFormat {
    PDF("application/pdf", "pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    ReportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<ReportFormat> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(PDF);
        }
        for (ReportFormat f : values()) {
            if (f.extension.equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
