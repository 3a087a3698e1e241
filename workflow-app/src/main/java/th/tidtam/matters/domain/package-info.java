/** The matter's records and repositories; only the matters' services use them. */
package th.tidtam.matters.domain;
