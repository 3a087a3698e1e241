/**
 * Discussion on a case (ความเห็นและการหารือ): a comment thread on any case (a directive, a letter, a matter) and on each
 * of its parts, with mentions of positions (each told by an alert), files through the core's attachments, the case's
 * own visibility (what a user may not see does not exist for them) and edits that keep every earlier text. Published:
 * {@code Discussions} (the service), its records, and {@code CaseOutline}, the port through which a case type names
 * its cases and parts.
 */
@org.springframework.modulith.NamedInterface("discussion")
package th.tidtam.casework.discussion;
