/** The coordination module's tables (V28__coordination.sql) as JPA entities; only coordination.service reads them. */
package th.tidtam.coordination.domain;
