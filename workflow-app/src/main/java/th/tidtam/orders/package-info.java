/**
 * Provincial orders (คำสั่งจังหวัด… ที่ N/BE-year, named after the order's province): an order appointing an acting holder (รักษาราชการแทน),
 * delegating the governor's powers (ปฏิบัติราชการแทน, with the annex of delegable matters) or setting up a committee,
 * drafted by the HR group, the secretariat or the head of office, sent up with a memo, numbered when the memo decides
 * to sign it, and in force on its effective date: the chain of command changes on that date by itself (org's
 * assignment from that date, the meeting module's body), recorded on the order's timeline and told to the positions
 * concerned. Built on the casework core (case type {@code ORDER}). The records and enums of this package are what other
 * modules and the screens may know of an order.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Orders")
package th.tidtam.orders;
