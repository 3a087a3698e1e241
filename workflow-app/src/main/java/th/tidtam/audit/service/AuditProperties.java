package th.tidtam.audit.service;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import th.tidtam.base.StartupRefused;

/**
 * {@code tidtam.audit.*}. The retention may be longer than the default year, never shorter than the 90 days the
 * Computer Crime Act (s.26) asks for: a lower value refuses the start instead of quietly keeping less.
 */
@ConfigurationProperties("tidtam.audit")
public record AuditProperties(@DefaultValue("365") int retentionDays, @DefaultValue("") Set<String> excludedEntities) {

    public static final int LEGAL_MINIMUM_DAYS = 90;

    public AuditProperties {
        if (retentionDays < LEGAL_MINIMUM_DAYS) {
            throw new StartupRefused("tidtam.audit.retention-days is " + retentionDays
                    + ", but access logs must be kept at least " + LEGAL_MINIMUM_DAYS
                    + " days (Computer Crime Act B.E. 2550, s.26).",
                    "Set tidtam.audit.retention-days (TIDTAM_AUDIT_RETENTION_DAYS) to 90 or more, or leave it unset for 365.");
        }
        excludedEntities = excludedEntities == null ? Set.of() : Set.copyOf(excludedEntities);
    }
}
