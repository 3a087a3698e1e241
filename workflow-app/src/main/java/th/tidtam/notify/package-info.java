/**
 * E-mail to people where they are (issue 15): immediate messages for what cannot wait (ด่วนที่สุด work, an escalation
 * reaching you, a returned report, a refused extension, a mention), one daily digest per person for the rest, each
 * person's choice per kind within the administrator's policy, and the outbox that carries every message: written in
 * the business transaction, sent afterwards with retries, shown to the administrator with its failures. Other modules
 * publish events ({@code AlertRaised}, {@code WorkItemOpened}); nothing calls into this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notify")
package th.tidtam.notify;
