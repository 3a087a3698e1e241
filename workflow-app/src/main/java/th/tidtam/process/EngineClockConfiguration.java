package th.tidtam.process;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.tidtam.base.time.ApplicationZone;

/**
 * The application's clock is the engine's clock: due dates, working days and the timeline use the same "now" as the
 * engine's timers, so a process test that moves the engine's clock moves the whole application with it (no
 * sleeping, no second source of time). In production both are the system clock. Its zone is the application's
 * ({@link ApplicationZone}): everything that needs a zone asks this clock for it.
 */
@Configuration(proxyBeanMethods = false)
class EngineClockConfiguration {

    @Bean
    Clock clock() {
        return new EngineClock(ApplicationZone.ID);
    }

    static final class EngineClock extends Clock {

        private final ZoneId zone;

        EngineClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new EngineClock(zone);
        }

        @Override
        public Instant instant() {
            return ClockUtil.now().toInstant();
        }
    }
}
