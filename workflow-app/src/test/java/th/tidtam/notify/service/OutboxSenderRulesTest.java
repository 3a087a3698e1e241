package th.tidtam.notify.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.time.Duration;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

import th.tidtam.notify.Channel;
import th.tidtam.notify.NotificationKind;
import th.tidtam.notify.domain.Policy;

/** The sender's rules without a server: backoff, what counts as a malformed address, which failures are final. */
class OutboxSenderRulesTest {

    @Test
    void backoffDoublesFromOneMinuteAndStopsAtAnHour() {
        assertThat(OutboxSender.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxSender.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(OutboxSender.backoff(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(OutboxSender.backoff(7)).isEqualTo(Duration.ofHours(1));
        assertThat(OutboxSender.backoff(500)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void onlyOneWellFormedMailboxWithADomainIsAnAddress() throws Exception {
        assertThat(OutboxSender.recipient("somchai.j@chachoengsao.go.th").getAddress()).isEqualTo("somchai.j@chachoengsao.go.th");
        assertThat(OutboxSender.recipient(" ผู้ว่า <governor@chachoengsao.go.th> ").getAddress())
                .isEqualTo("governor@chachoengsao.go.th");
        for (String bad : new String[] { "", "   ", "somchai", "somchai@", "@example.com", "somchai@localhost",
                "a@example.com, b@example.com", "somchai(at)example", "a b@example.com", "a@exa mple.com" }) {
            assertThatThrownBy(() -> OutboxSender.recipient(bad)).as(bad).isInstanceOf(AddressException.class);
        }
    }

    @Test
    void aRefusedRecipientIsFinalWhileAnUnreachableServerIsRetried() throws Exception {
        SendFailedException refused = new SendFailedException("550 no such user", null, null, null,
                new InternetAddress[] { new InternetAddress("nobody@example.com") });
        MailSendException wrapped = new MailSendException("failed", new MessagingException("send", refused));
        assertThat(OutboxSender.SendFailure.of(wrapped)).isEqualTo(OutboxSender.SendFailure.RECIPIENT_REFUSED);
        assertThat(OutboxSender.SendFailure.of(wrapped).permanent()).isTrue();

        MailSendException down = new MailSendException("Mail server connection failed",
                new MessagingException("Couldn't connect to host", new ConnectException("Connection refused")));
        assertThat(OutboxSender.SendFailure.of(down)).isEqualTo(OutboxSender.SendFailure.SERVER_UNREACHABLE);
        assertThat(OutboxSender.SendFailure.of(down).permanent()).isFalse();
        assertThat(OutboxSender.SendFailure.of(down).describe(down)).startsWith("SERVER_UNREACHABLE: ")
                .contains("Connection refused");
        assertThat(OutboxSender.SendFailure.of(new MailAuthenticationException("535"))).isEqualTo(OutboxSender.SendFailure.AUTHENTICATION);
        assertThat(OutboxSender.SendFailure.of(new MailSendException("421 busy"))).isEqualTo(OutboxSender.SendFailure.SERVER_REFUSED);
    }

    @Test
    void aChoiceThePolicyNoLongerAllowsFallsBackToTheDefault() {
        Policy p = new Policy(NotificationKind.NEW_WORK, java.util.Set.of(Channel.DIGEST, Channel.NONE), Channel.DIGEST);
        assertThat(p.effective(Channel.IMMEDIATE)).isEqualTo(Channel.DIGEST);
        assertThat(p.effective(Channel.NONE)).isEqualTo(Channel.NONE);
        assertThat(p.effective(null)).isEqualTo(Channel.DIGEST);
        assertThat(NotificationKind.ofWork(th.tidtam.casework.Urgency.MOST_URGENT)).isEqualTo(NotificationKind.MOST_URGENT_WORK);
        assertThat(NotificationKind.of(th.tidtam.casework.alert.AlertKind.ESCALATED)).isEqualTo(NotificationKind.OTHER);
    }
}
