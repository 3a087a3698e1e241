package th.tidtam.drill.support;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

import th.tidtam.TidtamApplication;

/**
 * A drill node whose engine clock (and so the application's Clock) runs ahead by {@code drill.clock-offset-ms}: a
 * drill about working-day behaviour then runs on a Saturday too, instead of skipping. The clock moves once the
 * application is ready — after the demo data, whose replay resets the engine clock — and before it takes traffic.
 */
public final class ShiftedClockNode {

    private ShiftedClockNode() {
    }

    public static void main(String[] args) {
        long offset = Long.getLong("drill.clock-offset-ms", 0L);
        SpringApplication app = new SpringApplication(TidtamApplication.class);
        app.addListeners((ApplicationListener<ApplicationReadyEvent>) ready -> ClockUtil.offset(offset));
        app.run(args);
    }
}
