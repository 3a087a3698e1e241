/**
 * The partners register (ภาคีเครือข่าย): organisations outside the chain of command the province works with — state
 * enterprises, local governments, companies, associations, universities, foundations — with a contact person, e-mail
 * and phone. Coordination requests ask them through one-time links. The administrator and the secretariat maintain
 * it; a partner is deactivated, never deleted, so that old requests still name it. Other modules know a partner
 * through {@link th.tidtam.partners.service.Partners} and the records and enums of this package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partners")
package th.tidtam.partners;
