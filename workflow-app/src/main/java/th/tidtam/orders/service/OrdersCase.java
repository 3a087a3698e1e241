package th.tidtam.orders.service;

import java.time.LocalDate;
import java.util.Date;

import th.tidtam.base.time.ApplicationZone;
import th.tidtam.casework.CaseRef;
import th.tidtam.casework.numbering.NumberSeries;

/** The provincial order as a case type of the casework core. */
public final class OrdersCase {

    /** The case type's key in the core's tables (timeline, alerts, memos about it). */
    public static final String TYPE = "ORDER";

    /** The BPMN process that waits for an order's effective date. */
    public static final String PROCESS_KEY = "provincial-order";

    /** Delivered to the order's process when it is cancelled before its effective date. */
    public static final String MESSAGE_CANCELLED = "orderCancelled";

    /** The timer of the process that waits for the effective date (re-dated nowhere: a signed order's date is fixed). */
    public static final String TIMER_EFFECTIVE = "effectiveDateTimer";

    /** คำสั่งจังหวัด ที่ N/พ.ศ.: numbered from 1 each year, the Buddhist-era year starting on 1 January. */
    static final NumberSeries.Series NUMBERS = new NumberSeries.Series("PROVINCIAL_ORDER", NumberSeries.Restart.BUDDHIST_YEAR);

    /** The delegable matter a memo presenting an order is about: appointments are personnel matters. */
    public static final String MATTER = "PERSONNEL";

    private OrdersCase() {
    }

    public static CaseRef of(long orderId) {
        return CaseRef.of(TYPE, orderId);
    }

    public static String businessKey(long orderId) {
        return "order-" + orderId;
    }

    /** Midnight in Bangkok at the start of the day: when an order effective that day comes into force. */
    static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ApplicationZone.ID).toInstant());
    }
}
