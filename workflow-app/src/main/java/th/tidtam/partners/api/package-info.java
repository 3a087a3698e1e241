/** The partners register over REST: {@code /api/partners}. */
package th.tidtam.partners.api;
