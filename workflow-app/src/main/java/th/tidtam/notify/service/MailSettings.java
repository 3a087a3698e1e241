package th.tidtam.notify.service;

import java.net.InetAddress;
import java.time.Duration;
import java.time.LocalTime;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import th.tidtam.base.StartupRefused;

/** The {@code tidtam.mail.*} settings (application.yml; TIDTAM_MAIL_* in the environment) and the public URL. */
@Component
public class MailSettings {

    private final String from;
    private final LocalTime digestTime;
    private final int maxAttempts;
    private final Duration lease;
    private final int batchSize;
    private final String nodeId;
    private final String publicUrl;

    MailSettings(@Value("${tidtam.mail.from:tidtam@localhost}") String from,
            @Value("${tidtam.mail.digest-time:07:30}") String digestTime,
            @Value("${tidtam.mail.max-attempts:8}") int maxAttempts,
            @Value("${tidtam.mail.lease:PT5M}") Duration lease,
            @Value("${tidtam.mail.batch-size:50}") int batchSize,
            @Value("${tidtam.mail.node-id:}") String nodeId,
            @Value("${tidtam.public-url:http://localhost:8080}") String publicUrl) {
        this.from = from;
        try {
            this.digestTime = LocalTime.parse(digestTime.trim());
        } catch (RuntimeException e) {
            throw new StartupRefused("tidtam.mail.digest-time is not a time of day: '" + digestTime + "'",
                    "Set TIDTAM_MAIL_DIGEST_TIME to a time such as 07:30 (Bangkok).");
        }
        if (maxAttempts < 1 || batchSize < 1 || lease.isNegative() || lease.isZero()) {
            throw new StartupRefused("tidtam.mail.max-attempts or batch-size below 1, or a lease that is not positive",
                    "Set TIDTAM_MAIL_MAX_ATTEMPTS (default 8) to at least 1.");
        }
        this.maxAttempts = maxAttempts;
        this.lease = lease;
        this.batchSize = batchSize;
        this.nodeId = nodeId == null || nodeId.isBlank() ? defaultNodeId() : nodeId.trim();
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    private static String defaultNodeId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "node";
        }
        // two JVMs on one host are two nodes
        return (host.length() > 60 ? host.substring(0, 60) : host) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String from() { return from; }
    public LocalTime digestTime() { return digestTime; }
    public int maxAttempts() { return maxAttempts; }
    public Duration lease() { return lease; }
    public int batchSize() { return batchSize; }
    public String nodeId() { return nodeId; }

    /** An absolute link to a route of the application, e.g. {@code directives/12}. */
    public String link(String route) {
        return publicUrl + "/" + (route.startsWith("/") ? route.substring(1) : route);
    }
}
