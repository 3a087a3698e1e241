/**
 * Screens' building blocks of the casework core that features and "My work" embed: the alerts panel, a case's
 * attachments panel and the upload of a form's pending files.
 */
@org.springframework.modulith.NamedInterface("ui")
package th.tidtam.casework.ui;
