package th.tidtam.directive.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Working days the provincial office has to screen a directive, by urgency (0 = the same working day). */
@ConfigurationProperties("tidtam.directive.screening-working-days")
public record ScreeningDays(@DefaultValue("0") int mostUrgent, @DefaultValue("1") int veryUrgent,
        @DefaultValue("2") int urgent, @DefaultValue("3") int normal) {
}
