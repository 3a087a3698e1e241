package th.tidtam.memo.service;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.tidtam.process.CaseProcess;

@Configuration(proxyBeanMethods = false)
class MemoConfiguration {

    /** The memo chain carries its case in {@code memoId} and {@code memoNumber}, set at its start. */
    @Bean
    CaseProcess memoCaseProcess() {
        return new CaseProcess(MemoCase.PROCESS_KEY, MemoCase.TYPE, "memoId", "memoNumber", null);
    }
}
