/**
 * The meeting follow-up report (รายงานผลการติดตามการปฏิบัติตามข้อสั่งการ, agenda item 3 of the monthly meeting):
 * what it covers ({@code service.FollowUpReports}), its PDF and XLSX renderings, the download API and the screen.
 */
package th.tidtam.report;
