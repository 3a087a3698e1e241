package th.tidtam.directive.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How late parts climb the chain of command: one step (the holder's superior, then the supervising vice governor,
 * then the governor) each time another {@code escalationStepWorkingDays} working days have passed, at most one step
 * per daily check, so every step is seen before the next.
 */
@ConfigurationProperties("tidtam.follow-up")
public record FollowUpSettings(@DefaultValue("2") int escalationStepWorkingDays) {

    public FollowUpSettings {
        if (escalationStepWorkingDays < 1) {
            throw new IllegalArgumentException("tidtam.follow-up.escalation-step-working-days must be at least 1");
        }
    }
}
