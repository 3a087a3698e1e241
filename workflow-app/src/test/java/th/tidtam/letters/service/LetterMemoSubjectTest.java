package th.tidtam.letters.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.ActorStamp;
import th.tidtam.letters.LetterStatus;
import th.tidtam.memo.Decision;
import th.tidtam.memo.MemoDecided;
import th.tidtam.memo.MemoSubject;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;

/**
 * The letter as the memo module sees it through its SPI: presenting ends the handling task once (a second memo is
 * refused), the decision becomes the letter's action, and someone who may not see the letter gets no summary.
 */
@IntegrationTest
class LetterMemoSubjectTest {

    @Autowired
    List<MemoSubject> subjects;
    @Autowired
    IncomingRegister register;
    @Autowired
    ApiClient api;
    @Autowired
    OrgDirectory org;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    @Test
    void presentingTheLetterWithAMemoEndsItsHandlingAndTheDecisionBecomesItsAction() {
        MemoSubject letters = subjects.stream().filter(s -> s.caseType().equals("LETTER_IN")).findFirst().orElseThrow();
        long head = org.positionByCode("HEAD-OF-OFFICE").orElseThrow().id();
        long governor = org.positionByCode("GOVERNOR").orElseThrow().id();
        long id = api.post("/api/letters", "staff", Map.of("senderNumber", "มท 0230/ว " + Math.floorMod(UUID.randomUUID().hashCode(), 9000),
                "senderDate", LocalDate.now(clock).minusDays(1).toString(), "fromParty", "สำนักงานปลัดกระทรวงมหาดไทย",
                "toParty", "ผู้ว่าราชการจังหวัดฉะเชิงเทรา", "subject", "ขอให้จังหวัดพิจารณามอบหมายหน่วยงาน", "handlerPositionId", head))
                .body().get("id").asLong();

        assertThat(as("head", () -> letters.summary(id))).hasValueSatisfying(s -> assertThat(s.subject()).contains("มอบหมาย"));
        assertThat(as("director.admin", () -> letters.summary(id))).isEmpty();
        assertThat(letters.decisions(id)).doesNotContain(Decision.SIGN).contains(Decision.ASSIGN, Decision.ACKNOWLEDGE);

        as("head", () -> {
            letters.presented(id, 9001L);
            return null;
        });
        assertThatThrownBy(() -> as("head", () -> {
            letters.presented(id, 9002L);
            return null;
        })).isInstanceOf(RuleViolation.class);
        assertThat(as("head", () -> register.letter(id)).orElseThrow().status()).isEqualTo(LetterStatus.PRESENTED);

        letters.decided(id, new MemoDecided(9001L, Decision.PROCEED, new ActorStamp(null, governor, AssignmentKind.HOLDER),
                clock.instant(), "ให้สำนักงานจังหวัดดำเนินการ", null));
        var decided = as("governor", () -> register.letter(id)).orElseThrow();
        assertThat(decided.status()).isEqualTo(LetterStatus.DECIDED);
        assertThat(decided.actionTaken()).contains("ดำเนินการ", "ให้สำนักงานจังหวัดดำเนินการ");
    }

    private <T> T as(String username, Supplier<T> action) {
        UserDetails user = users.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
