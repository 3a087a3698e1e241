/**
 * Coordination requests (ขอความร่วมมือ / ประสานงาน, objective 5): the provincial office or a unit head asks agencies of
 * the chain of command and partners outside it (partners module) for information, an opinion, a participant or an
 * action by a date. Agencies answer in My work; a partner answers through a one-time link without a login. Late
 * agencies are reminded and escalated through the core's ladder; the requester consolidates the answers (PDF/Excel)
 * and closes, or presents them to the governor with a memo, whose ASSIGN decision turns the request into a directive.
 * The records and enums of this package are what other modules and the screens may know of a request.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Coordination")
package th.tidtam.coordination;
