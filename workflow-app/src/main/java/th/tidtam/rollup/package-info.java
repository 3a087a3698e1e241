/**
 * The Ministry's national roll-up (issue 18): every province's follow-up figures side by side (open, overdue, on-time
 * rate; by agency type across provinces; a monthly trend), a read-only view of one province, and the comparison as PDF
 * and XLSX. Only for the Ministry's desk ({@code Roles.MINISTRY}); figures come from the dashboard's per-day summary of
 * parts, classified directives counted only for a reader cleared for their class.
 */
package th.tidtam.rollup;
