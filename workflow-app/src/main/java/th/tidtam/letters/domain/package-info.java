/** The letters module's tables (V22__letters_incoming.sql) as JPA entities; only letters.service reads them. */
package th.tidtam.letters.domain;
