package th.tidtam.security;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import th.tidtam.base.StartupRefused;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.PositionRole;
import th.tidtam.org.service.AssignmentForm;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonForm;

/**
 * Makes sure an administrator can log in on a new installation. In production the initial administrator's
 * password must come from the environment ({@code TIDTAM_ADMIN_PASSWORD}); without it the application refuses
 * to start rather than run with a known password.
 */
@Component
@Order(0)
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);
    static final String SYSTEM_ADMIN_POSITION = "SYS-ADMIN";

    private final OrgDirectory directory;
    private final OrgAdministration administration;
    private final TransactionTemplate tx;
    private final Environment environment;
    private final String initialPassword;
    private final String initialUsername;
    private final Clock clock;

    AdministratorBootstrap(OrgDirectory directory, OrgAdministration administration, TransactionTemplate tx,
            Environment environment, @Value("${tidtam.security.initial-admin-password:}") String initialPassword,
            @Value("${tidtam.security.initial-admin-username:admin}") String initialUsername, Clock clock) {
        this.directory = directory;
        this.administration = administration;
        this.tx = tx;
        this.environment = environment;
        this.initialPassword = initialPassword;
        this.initialUsername = initialUsername;
        this.clock = clock;
        if (environment.acceptsProfiles(Profiles.of("prod")) && initialPassword.isBlank()) {
            throw new StartupRefused("Tidtam refuses to start in production without an initial administrator secret.",
                    "Set the environment variable TIDTAM_ADMIN_PASSWORD (tidtam.security.initial-admin-password).");
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (initialPassword.isBlank()) {
            return;
        }
        tx.executeWithoutResult(status -> {
            boolean anyAdmin = directory.allPositions().stream()
                    .filter(p -> p.role() == PositionRole.ADMINISTRATOR).anyMatch(p -> !p.vacant());
            if (anyAdmin) {
                return;
            }
            var position = directory.positionByCode(SYSTEM_ADMIN_POSITION).orElseThrow(
                    () -> new IllegalStateException("Position " + SYSTEM_ADMIN_POSITION + " is missing from the schema"));
            var person = directory.person(initialUsername).orElseGet(() -> administration.createPerson(
                    new PersonForm(initialUsername, "ผู้ดูแลระบบ", "Administrator", null, initialPassword, true)));
            administration.assign(new AssignmentForm(position.id(), person.id(), AssignmentKind.HOLDER,
                    LocalDate.now(clock), null, "initial-setup", LocalDate.now(clock), null,
                    "Created at first start from TIDTAM_ADMIN_PASSWORD"));
            log.info("Initial administrator '{}' created from the environment", initialUsername);
        });
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            log.info("Initial administrator secret read; change the password after the first login");
        }
    }
}
