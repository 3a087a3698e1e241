package th.tidtam.meeting.service;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.tidtam.process.CaseProcess;

@Configuration(proxyBeanMethods = false)
class MeetingConfiguration {

    /** The meeting cycle carries its case in {@code meetingId} and {@code meetingNumber}, set at its start. */
    @Bean
    CaseProcess meetingCaseProcess() {
        return new CaseProcess(MeetingCase.PROCESS_KEY, MeetingCase.TYPE, "meetingId", "meetingNumber", null);
    }
}
