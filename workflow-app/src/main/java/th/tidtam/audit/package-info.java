/**
 * The audit trail (บันทึกการใช้งาน, issue 6 drill 3): who changed or viewed what, in which position and capacity,
 * when and from which address. Changes are caught generically by a Hibernate listener over every entity, so a new
 * feature is covered without calling anything; views of classified directives arrive as
 * {@code directive.service.ClassifiedDirectiveRead} events; security events from Spring Security. Append-only,
 * searchable by the administrator, kept {@code tidtam.audit.retention-days} (never fewer than 90).
 */
package th.tidtam.audit;
