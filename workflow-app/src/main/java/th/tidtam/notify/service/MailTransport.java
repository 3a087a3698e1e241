package th.tidtam.notify.service;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The SMTP server the outbox sends through: Spring Boot's {@link JavaMailSender} when {@code spring.mail.host} is set
 * (TIDTAM_MAIL_HOST), else none, and then every message stays HELD in the outbox for the administrator to read. The
 * sender can be replaced while the application runs (the tests point it at an SMTP server of their own).
 */
@Component
public class MailTransport {

    private volatile JavaMailSender sender;

    MailTransport(ObjectProvider<JavaMailSender> configured) {
        JavaMailSender boot = configured.getIfAvailable();
        // Boot builds a sender even for an empty spring.mail.host (TIDTAM_MAIL_HOST unset): that is no server
        this.sender = boot instanceof JavaMailSenderImpl impl && (impl.getHost() == null || impl.getHost().isBlank()) ? null
                : boot;
    }

    /** Whether there is a server to send to. */
    public boolean configured() {
        return sender != null;
    }

    JavaMailSender sender() {
        return sender;
    }

    /** Sends through {@code replacement} from now on (null: no server); answers the one it replaces. */
    public JavaMailSender use(JavaMailSender replacement) {
        JavaMailSender previous = sender;
        sender = replacement;
        return previous;
    }
}
