/** The outgoing module's tables (V23__outgoing.sql) as JPA entities; only outgoing.service reads them. */
package th.tidtam.outgoing.domain;
