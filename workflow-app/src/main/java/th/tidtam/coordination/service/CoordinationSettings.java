package th.tidtam.coordination.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code tidtam.coordination.*}: the reminder this many working days before the due date; a partner's link works until
 * the due date's end plus the grace days; late agencies climb one rung of the ladder every
 * {@code escalationStepWorkingDays}; a partner may send at most {@code maxPartnerFiles} files of at most
 * {@code maxFileSize} each (kept in the database: below its packet size, and never above the core's attachment limit).
 */
@ConfigurationProperties("tidtam.coordination")
public record CoordinationSettings(@DefaultValue("2") int remindWorkingDays, @DefaultValue("3") int linkGraceDays,
        @DefaultValue("2") int escalationStepWorkingDays, @DefaultValue("5") int maxPartnerFiles,
        @DefaultValue("10MB") DataSize maxFileSize) {

    public CoordinationSettings {
        if (remindWorkingDays < 0 || linkGraceDays < 0 || escalationStepWorkingDays < 1 || maxPartnerFiles < 0) {
            throw new IllegalArgumentException("tidtam.coordination: days and counts must not be negative");
        }
    }
}
