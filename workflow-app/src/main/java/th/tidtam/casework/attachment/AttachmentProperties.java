package th.tidtam.casework.attachment;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where attachments are kept and what is accepted. The directory is relative to the working directory (the
 * application runs from {@code workflow-app/}); the allowed types are file extensions, each also checked against
 * the file's first bytes.
 */
@ConfigurationProperties("tidtam.attachments")
public record AttachmentProperties(@DefaultValue("./data/attachments") Path dir, @DefaultValue("20MB") DataSize maxSize,
        @DefaultValue({ "pdf", "jpg", "jpeg", "png", "doc", "docx", "xls", "xlsx", "odt", "ods", "txt" }) List<String> allowedTypes) {

    public AttachmentProperties {
        allowedTypes = allowedTypes.stream().map(t -> t.strip().toLowerCase(Locale.ROOT).replaceFirst("^\\.", ""))
                .filter(t -> !t.isEmpty()).distinct().toList();
    }
}
