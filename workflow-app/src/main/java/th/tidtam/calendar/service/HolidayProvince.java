package th.tidtam.calendar.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import th.tidtam.org.ProvincesChanged;
import th.tidtam.org.service.OrgCaller;
import th.tidtam.org.service.OrgReach;
import th.tidtam.org.service.ProvinceSummary;
import th.tidtam.org.service.Provinces;

/**
 * Whose own holidays {@link WorkingCalendar} counts when its caller names no province: the only province of a
 * single-province installation (so nothing changes there), else the signed-in user's province, else none (national
 * holidays alone: the installation's administrator, the Ministry, work without a user, which should name the case's
 * province with {@link WorkingCalendar#inProvince}). The working-day arithmetic asks this for every day it looks at, so
 * the answers are kept for {@link #KEEP_NANOS} (a person changes province by a transfer, not within a minute).
 */
@Component
class HolidayProvince {

    static final long KEEP_NANOS = 60_000_000_000L;
    private static final int MAX_KEPT = 10_000;

    private record Kept(Long province, long until) {
    }

    private final OrgCaller caller;
    private final Provinces provinces;
    private volatile Kept onlyOne;
    private final Map<String, Kept> byUser = new ConcurrentHashMap<>();

    HolidayProvince(OrgCaller caller, Provinces provinces) {
        this.caller = caller;
        this.provinces = provinces;
    }

    /** A new province ends the single-province default at once (and again once the adding transaction is over). */
    @EventListener
    void provincesChanged(ProvincesChanged event) {
        onlyOne = null;
        byUser.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    onlyOne = null;
                    byUser.clear();
                }
            });
        }
    }

    Long current() {
        long now = System.nanoTime();
        Kept only = onlyOne;
        if (only == null || now - only.until() > 0) {
            only = new Kept(provinces.onlyOne().map(ProvinceSummary::id).orElse(null), now + KEEP_NANOS);
            onlyOne = only;
        }
        if (only.province() != null) {
            return only.province();
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth.getName() == null) {
            return null;
        }
        Kept kept = byUser.get(auth.getName());
        if (kept == null || now - kept.until() > 0) {
            OrgReach reach = caller.reach();
            kept = new Kept(reach.everything() ? null : reach.provinceId(), now + KEEP_NANOS);
            if (byUser.size() >= MAX_KEPT) {
                byUser.clear();
            }
            byUser.put(auth.getName(), kept);
        }
        return kept.province();
    }
}
