/** The memo's records and repositories; only the memo's services use them. */
package th.tidtam.memo.domain;
