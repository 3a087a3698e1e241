/** The orders module's tables (V24__provincial_orders.sql) as JPA entities; only orders.service reads them. */
package th.tidtam.orders.domain;
