package th.tidtam.process;

import java.time.Instant;
import java.util.Date;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Service;

/**
 * Running work "as of" another moment: the demo data replays weeks of a province's follow-up (issued weeks ago,
 * acknowledged late, checked every morning since) so that a fresh demo shows overdue and escalated work with true
 * dates. The engine's clock is the application's clock ({@link EngineClockConfiguration}), so everything done inside
 * happens at that moment. Not for production paths.
 */
@Service
public class EngineTime {

    private final ManagementService management;
    private final ProcessEngineConfigurationImpl configuration;

    EngineTime(ManagementService management, ProcessEngineConfigurationImpl configuration) {
        this.management = management;
        this.configuration = configuration;
    }

    /**
     * Runs the action with the engine's job executor paused (so that it does not race the replay for the same timer
     * jobs) and puts the clock back to the real time afterwards, whatever happens.
     */
    public <T> T replay(Supplier<T> action) {
        JobExecutor executor = configuration.getJobExecutor();
        boolean wasActive = executor != null && executor.isActive();
        if (wasActive) {
            executor.shutdown();
        }
        try {
            return action.get();
        } finally {
            ClockUtil.reset();
            if (wasActive) {
                executor.start();
            }
        }
    }

    /** Sets the clock to the moment (inside {@link #replay}). */
    public void at(Instant moment) {
        ClockUtil.setCurrentTime(Date.from(moment));
    }

    /** Executes the process's timer jobs that are due by the engine's clock; returns how many ran. */
    public int runDueTimers(String processInstanceId) {
        int ran = 0;
        Date now = ClockUtil.getCurrentTime();
        for (Job job : management.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
            if (job.getDuedate() != null && !job.getDuedate().after(now)) {
                management.executeJob(job.getId());
                ran++;
            }
        }
        return ran;
    }
}
