package th.tidtam.letters.service;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.tidtam.process.CaseProcess;

@Configuration(proxyBeanMethods = false)
class LetterConfiguration {

    /** The incoming letter's process carries its case in {@code letterId} and {@code letterNumber}, set at its start. */
    @Bean
    CaseProcess incomingLetterCaseProcess() {
        return new CaseProcess(LetterCase.PROCESS_KEY, LetterCase.TYPE, "letterId", "letterNumber", null);
    }
}
