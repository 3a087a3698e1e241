package th.tidtam.demo;

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

import th.tidtam.directive.service.DirectiveService;
import th.tidtam.org.service.OrgDirectory;

/**
 * Loads the demo province on the embedded default (or when {@code tidtam.demo-data=true}); never under the
 * {@code prod} profile. Loads once: an existing province is left as it is.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final ChainOfCommandDemoData chain;
    private final HolidayDemoData holidays;
    private final OrgDirectory directory;
    private final TransactionTemplate tx;
    private final Environment environment;
    private final String setting;
    private final Clock clock;
    private final DirectiveDemoData directives;
    private final DirectiveService directiveService;
    private final MeetingDemoData meetings;
    private final LettersDemoData letters;
    private final OutgoingDemoData outgoing;
    private final MemoDemoData memos;
    private final OrdersDemoData orders;
    private final PartnersDemoData partners;
    private final CoordinationDemoData coordination;
    private final MattersDemoData matters;
    private final SecondProvinceDemoData secondProvince;
    private final boolean loadSecondProvince;

    DemoDataLoader(MeetingDemoData meetings, ChainOfCommandDemoData chain, HolidayDemoData holidays, OrgDirectory directory, TransactionTemplate tx, Environment environment,
            @Value("${tidtam.demo-data:auto}") String setting, Clock clock, DirectiveDemoData directives, DirectiveService directiveService,
            LettersDemoData letters, OutgoingDemoData outgoing, MemoDemoData memos, OrdersDemoData orders,
            PartnersDemoData partners, CoordinationDemoData coordination, MattersDemoData matters,
            SecondProvinceDemoData secondProvince, @Value("${tidtam.demo.second-province:false}") boolean loadSecondProvince) {
        this.secondProvince = secondProvince;
        this.loadSecondProvince = loadSecondProvince;
        this.coordination = coordination;
        this.matters = matters;
        this.meetings = meetings;
        this.letters = letters;
        this.outgoing = outgoing;
        this.memos = memos;
        this.orders = orders;
        this.partners = partners;
        this.chain = chain;
        this.holidays = holidays;
        this.directory = directory;
        this.tx = tx;
        this.environment = environment;
        this.setting = setting;
        this.clock = clock;
        this.directives = directives;
        this.directiveService = directiveService;
    }

    boolean enabled() {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            return false;
        }
        if ("auto".equalsIgnoreCase(setting)) {
            String url = environment.getProperty("spring.datasource.url", "");
            return url.isBlank();
        }
        return Boolean.parseBoolean(setting);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled()) {
            return;
        }
        // each part loads once: a province loaded before the holiday table existed still gets the demo holidays
        boolean provinceLoaded = directory.person("governor").isPresent();
        long started = System.nanoTime();
        int[] aliasesLoaded = new int[1];
        int holidaysLoaded = tx.execute(status -> {
            if (!provinceLoaded) {
                chain.load(LocalDate.now(clock));
            }
            aliasesLoaded[0] = chain.loadAliasesIfNone();
            return holidays.loadIfEmpty();
        });
        if (provinceLoaded) {
            log.info("Demo province already loaded");
        } else {
            log.info("Demo province of Chachoengsao loaded in {} ms (all demo logins use the password 'demo')",
                    (System.nanoTime() - started) / 1_000_000);
        }
        if (aliasesLoaded[0] > 0) {
            log.info("{} demo aliases of units loaded from {}", aliasesLoaded[0], ChainOfCommandDemoData.ALIASES);
        }
        if (holidaysLoaded > 0) {
            log.info("{} demo holidays of BE 2569-2570 loaded from {}: check them against the official announcement",
                    holidaysLoaded, HolidayDemoData.RESOURCE);
        }
        // the meetings come before the directives: the meeting's directives are issued from their minutes
        MeetingDemoData.Meetings monthly = null;
        if (!meetings.loaded()) {
            long meetingsStarted = System.nanoTime();
            monthly = meetings.load();
            log.info("Demo meetings {}, {} (held) and {} (open for agenda items) loaded in {} ms", monthly.past().number(),
                    monthly.last().number(), monthly.next().number(), (System.nanoTime() - meetingsStarted) / 1_000_000);
        }
        if (!directiveService.anyIssued()) {
            long directivesStarted = System.nanoTime();
            int issued = directives.load(monthly != null ? monthly : meetings.meetings());
            log.info("{} demo directives issued and carried forward in {} ms", issued,
                    (System.nanoTime() - directivesStarted) / 1_000_000);
        }
        // after the meetings and directives, in the order letters, outgoing, memo, orders (issue 13)
        if (!letters.loaded()) {
            long lettersStarted = System.nanoTime();
            int registered = letters.load();
            log.info("{} demo incoming letters registered in {} ms", registered, (System.nanoTime() - lettersStarted) / 1_000_000);
        }
        if (!outgoing.loaded()) {
            long outgoingStarted = System.nanoTime();
            int sent = outgoing.load();
            log.info("Demo outgoing register: 6 books, {} letters sent and one draft waiting for signature, in {} ms", sent,
                    (System.nanoTime() - outgoingStarted) / 1_000_000);
        }
        if (!memos.loaded()) {
            log.info("{} demo memos up the chain loaded", memos.load());
        }
        if (!orders.loaded()) {
            log.info("Demo provincial order {} signed (acting from a future date), one order waiting in the memo chain",
                    orders.load());
        }
        // after the orders, in the order partners, coordination, matters (issue 14)
        if (!partners.loaded()) {
            log.info("{} demo partners registered", partners.load());
        }
        if (!coordination.loaded()) {
            long coordinationStarted = System.nanoTime();
            log.info("{} demo coordination requests (answered, overdue and escalated, waiting) loaded in {} ms",
                    coordination.load(), (System.nanoTime() - coordinationStarted) / 1_000_000);
        }
        if (!matters.loaded()) {
            log.info("{} demo unowned matters loaded (one assigned after a decline, one kept, one complaint in triage)", matters.load());
        }
        if (loadSecondProvince) {
            // the switch of the README: a second province and the Ministry's desk, to show the separation and the roll-up
            log.info("Second demo province {} and the Ministry's follow-up desk ready (logins pri.*, moi.*)",
                    secondProvince.ensureLoadedWithDirectives(LocalDate.now(clock)).code());
        }
    }
}
