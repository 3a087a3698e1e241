/**
 * Attachments (ไฟล์แนบ) of every case type: one table owned by (case type, case id, optional part, optional report),
 * the files on disk under random names, the size, type and content checks, and "not found" for whoever may not see
 * the case (through {@code CaseAccess}). Who may attach what to which part is the case type's rule, answered by its
 * {@link th.tidtam.casework.attachment.AttachmentPolicy} bean. Published: {@code CaseAttachments} (the service),
 * {@code AttachmentPolicy} (the port), {@code AttachmentProperties} (tidtam.attachments.*) and the entity.
 */
@org.springframework.modulith.NamedInterface("attachment")
package th.tidtam.casework.attachment;
