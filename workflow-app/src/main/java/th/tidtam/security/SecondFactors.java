package th.tidtam.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.org.service.OrgDirectory;

/**
 * The second factor (TOTP, RFC 6238) of each person: enrolment, the ten recovery codes, the check at login, removal
 * by the person and reset by another administrator. Required for administrators; offered first to the governor, vice
 * governors and head of office; optional for everyone else. Time is the application's {@link Clock} so tests can
 * control it. A step whose code was accepted once is never accepted again (replay); wrong, expired and replayed codes
 * and spent recovery codes count against the same lockout as wrong passwords ({@link LoginAttempts}).
 */
@Service
public class SecondFactors {

    public static final int RECOVERY_CODES = 10;
    /** How far back a code is recognised as "expired" (told apart from a wrong one). */
    private static final int EXPIRED_STEPS = 20;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    public record Status(boolean enrolled, Instant enrolledAt, int recoveryCodesLeft) {
    }

    /** A secret being enrolled, not saved until a code of it is confirmed. */
    public record Enrolment(byte[] secret) {

        public String base32() {
            return Totp.base32(secret);
        }

        /** The key URI authenticator apps read from the QR code. */
        public String otpauthUri(String username) {
            String label = java.net.URLEncoder.encode("Tidtam:" + username, StandardCharsets.UTF_8).replace("+", "%20");
            return "otpauth://totp/" + label + "?secret=" + base32() + "&issuer=Tidtam&algorithm=SHA1&digits="
                    + Totp.DIGITS + "&period=" + Totp.STEP.getSeconds();
        }
    }

    /** The outcome of a code given at login. */
    public enum Outcome {
        ACCEPTED, RECOVERY_ACCEPTED, WRONG, EXPIRED, REPLAYED, RECOVERY_SPENT, LOCKED, THROTTLED;

        public boolean accepted() {
            return this == ACCEPTED || this == RECOVERY_ACCEPTED;
        }
    }

    public record Verification(Outcome outcome, Instant until) {
    }

    private final JdbcTemplate jdbc;
    private final SecretBox box;
    private final LoginAttempts attempts;
    private final ApplicationEventPublisher events;
    private final OrgDirectory directory;
    private final Clock clock;

    SecondFactors(JdbcTemplate jdbc, SecretBox box, LoginAttempts attempts, ApplicationEventPublisher events,
            OrgDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.box = box;
        this.attempts = attempts;
        this.events = events;
        this.directory = directory;
        this.clock = clock;
    }

    /** Administrators, the installation's and each province's, must have a second factor; nobody else must. */
    public static boolean requiredFor(TidtamUser user) {
        return user.hasRole(Roles.ADMIN) || user.hasRole(Roles.PROVINCE_ADMIN);
    }

    /**
     * Only the installation's administrator resets another person's factor: a lost phone is a rare matter for the
     * installation's operator, and a province's administrator resetting a colleague's factor would let one person
     * take over another province administrator's account.
     */
    public static boolean mayReset(TidtamUser user) {
        return user.hasRole(Roles.ADMIN);
    }

    /** The governor, vice governors and head of office are asked at login to set one up. */
    public static boolean offeredTo(TidtamUser user) {
        return user.hasRole(Roles.GOVERNOR) || user.hasRole(Roles.VICE_GOVERNOR) || user.hasRole(Roles.HEAD_OF_OFFICE);
    }

    public boolean enrolled(long personId) {
        Integer n = jdbc.queryForObject("select count(*) from second_factor where person_id = ?", Integer.class, personId);
        return n != null && n > 0;
    }

    public Status status(long personId) {
        List<Timestamp> at = jdbc.queryForList("select enrolled_at from second_factor where person_id = ?",
                Timestamp.class, personId);
        Integer left = jdbc.queryForObject("select count(*) from recovery_code where person_id = ? and used_at is null",
                Integer.class, personId);
        return new Status(!at.isEmpty(), at.isEmpty() ? null : instant(at.get(0)), left == null ? 0 : left);
    }

    /** A new random 160-bit secret (RFC 4226's recommended length) for the person to scan. */
    public Enrolment begin() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return new Enrolment(secret);
    }

    /**
     * Saves the secret once the person has typed a code of it (so the phone surely has it), replacing any earlier
     * factor, and answers the new recovery codes (shown once). A wrong code changes nothing.
     */
    @Transactional
    public List<String> confirm(long personId, String username, Enrolment enrolment, String code) {
        OptionalLong step = Totp.matchingStep(enrolment.secret(), normalize(code), clock.instant());
        if (step.isEmpty()) {
            throw new RuleViolation("twofactor.error.enrol-code");
        }
        jdbc.update("delete from second_factor where person_id = ?", personId);
        jdbc.update("insert into second_factor (person_id, secret_sealed, enrolled_at) values (?, ?, ?)", personId,
                box.seal(enrolment.secret()), utc(clock.instant()));
        // the confirming code is spent like any other
        jdbc.update("delete from second_factor_step where person_id = ?", personId);
        jdbc.update("insert into second_factor_step (person_id, step, used_at) values (?, ?, ?)", personId,
                step.getAsLong(), utc(clock.instant()));
        List<String> codes = replaceRecoveryCodes(personId);
        publish(SecurityEvent.Kind.FACTOR_ENROLLED, username, personId, Map.of());
        return codes;
    }

    /** Ten new recovery codes; the old ones stop working. Only for a person with a second factor. */
    @Transactional
    public List<String> renewRecoveryCodes(long personId, String username) {
        if (!enrolled(personId)) {
            throw new RuleViolation("twofactor.error.not-enrolled");
        }
        List<String> codes = replaceRecoveryCodes(personId);
        publish(SecurityEvent.Kind.RECOVERY_CODES_RENEWED, username, personId, Map.of());
        return codes;
    }

    /** The person removes their own factor; an administrator cannot (it is required). */
    @Transactional
    public void removeOwn(TidtamUser self) {
        if (requiredFor(self)) {
            throw new RuleViolation("twofactor.error.required");
        }
        if (!enrolled(self.personId())) {
            throw new RuleViolation("twofactor.error.not-enrolled");
        }
        delete(self.personId());
        publish(SecurityEvent.Kind.FACTOR_REMOVED, self.username(), self.personId(), Map.of());
    }

    /**
     * Another administrator removes a person's factor and recovery codes (lost phone); the person enrols again at
     * their next login (administrators) or when they choose. Never one's own: a second administrator must agree.
     */
    @Transactional
    public void reset(TidtamUser administrator, String username) {
        if (!mayReset(administrator)) {
            throw new org.springframework.security.access.AccessDeniedException("the installation's administrator only");
        }
        String name = LoginAttempts.normalize(username);
        if (name.equals(LoginAttempts.normalize(administrator.username()))) {
            throw new RuleViolation("twofactor.error.reset-self");
        }
        Long personId = directory.person(name).map(p -> p.id()).orElse(null);
        if (personId == null || !enrolled(personId)) {
            throw new RuleViolation("twofactor.error.reset-none", username);
        }
        delete(personId);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("resetBy", administrator.username());
        details.put("person", name);
        publish(SecurityEvent.Kind.FACTOR_RESET, name, personId, details);
    }

    /**
     * The code given at login's second step: a TOTP code of the person's secret or one of their unused recovery
     * codes. Refused while the username is locked or the address blocked; a refusal is counted and audited.
     */
    public Verification verify(String username, long personId, String code, String address) {
        LoginAttempts.Blocks blocks = attempts.blocks(username, address);
        if (blocks.address().isPresent()) {
            return new Verification(Outcome.THROTTLED, blocks.address().get());
        }
        if (blocks.account().isPresent()) {
            return new Verification(Outcome.LOCKED, blocks.account().get());
        }
        String given = normalize(code);
        Outcome outcome = given.matches("\\d{" + Totp.DIGITS + "}") ? totp(personId, given) : recovery(personId, given);
        if (outcome.accepted()) {
            attempts.succeeded(username);
            if (outcome == Outcome.RECOVERY_ACCEPTED) {
                publish(SecurityEvent.Kind.RECOVERY_CODE_USED, username, personId, address, Map.of());
            }
            return new Verification(outcome, null);
        }
        attempts.failedSecondFactor(username, address);
        publish(SecurityEvent.Kind.CODE_REFUSED, username, personId, address, Map.of("reason", outcome.name()));
        // the failure may just have locked the username: say so at once
        Optional<Instant> locked = attempts.accountLockedUntil(username);
        return locked.map(until -> new Verification(Outcome.LOCKED, until)).orElse(new Verification(outcome, null));
    }

    private Outcome totp(long personId, String code) {
        List<String> sealed = jdbc.queryForList("select secret_sealed from second_factor where person_id = ?",
                String.class, personId);
        if (sealed.isEmpty()) {
            return Outcome.WRONG;
        }
        byte[] secret = box.open(sealed.get(0));
        Instant now = clock.instant();
        OptionalLong step = Totp.matchingStep(secret, code, now);
        if (step.isEmpty()) {
            long current = Totp.step(now);
            for (long s = current - Totp.WINDOW - 1; s >= current - EXPIRED_STEPS; s--) {
                if (MessageDigest.isEqual(Totp.codeAt(secret, s).getBytes(), code.getBytes())) {
                    return Outcome.EXPIRED;
                }
            }
            return Outcome.WRONG;
        }
        // the primary key makes "used once" hold across nodes and concurrent requests
        try {
            jdbc.update("insert into second_factor_step (person_id, step, used_at) values (?, ?, ?)", personId,
                    step.getAsLong(), utc(now));
        } catch (DuplicateKeyException replayed) {
            return Outcome.REPLAYED;
        }
        // keep only the steps that could still be presented (moved clocks in tests may go either way)
        jdbc.update("delete from second_factor_step where person_id = ? and (step < ? or step > ?)", personId,
                step.getAsLong() - EXPIRED_STEPS, step.getAsLong() + EXPIRED_STEPS);
        return Outcome.ACCEPTED;
    }

    private Outcome recovery(long personId, String code) {
        if (code.isEmpty() || !enrolled(personId)) {
            return Outcome.WRONG;
        }
        record Row(long id, String salt, String hash, boolean used) {
        }
        List<Row> rows = jdbc.query("select id, salt, code_hash, used_at from recovery_code where person_id = ?",
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4) != null), personId);
        for (Row row : rows) {
            if (MessageDigest.isEqual(hash(row.salt(), code).getBytes(), row.hash().getBytes())) {
                if (row.used()) {
                    return Outcome.RECOVERY_SPENT;
                }
                // of two logins with the same code at once, one wins
                int spent = jdbc.update("update recovery_code set used_at = ? where id = ? and used_at is null",
                        utc(clock.instant()), row.id());
                return spent == 1 ? Outcome.RECOVERY_ACCEPTED : Outcome.RECOVERY_SPENT;
            }
        }
        return Outcome.WRONG;
    }

    private List<String> replaceRecoveryCodes(long personId) {
        jdbc.update("delete from recovery_code where person_id = ?", personId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            byte[] saltBytes = new byte[12];
            RANDOM.nextBytes(saltBytes);
            String salt = HexFormat.of().formatHex(saltBytes);
            jdbc.update("insert into recovery_code (person_id, salt, code_hash, created_at) values (?, ?, ?, ?)", personId,
                    salt, hash(salt, code.toString()), utc(clock.instant()));
            codes.add(code.substring(0, 5) + "-" + code.substring(5));
        }
        return codes;
    }

    private void delete(long personId) {
        jdbc.update("delete from second_factor where person_id = ?", personId);
        jdbc.update("delete from recovery_code where person_id = ?", personId);
        jdbc.update("delete from second_factor_step where person_id = ?", personId);
    }

    /** Spaces and dashes as people type them; recovery codes in any case. */
    static String normalize(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static String hash(String salt, String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((salt + ":" + normalize(code)).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private void publish(SecurityEvent.Kind kind, String username, Long personId, Map<String, Object> details) {
        publish(kind, username, personId, null, details);
    }

    private void publish(SecurityEvent.Kind kind, String username, Long personId, String address,
            Map<String, Object> details) {
        events.publishEvent(new SecurityEvent(kind, username, personId, address, details));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
