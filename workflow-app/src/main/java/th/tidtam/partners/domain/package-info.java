/** The partners module's table (V27__partners_and_links.sql) as a JPA entity; only partners.service reads it. */
package th.tidtam.partners.domain;
