/**
 * The memo up the chain (บันทึกข้อความ เสนอตามลำดับชั้น): a memo drafted by any position goes level by level up the
 * chain of command to the position it is addressed to (by default the governor); each level writes its annotation
 * (เกษียน), returns it for correction or, at the top or by a delegation covering the memo's matter, decides. Decisions
 * act: "มอบ … ดำเนินการ" issues a directive, "ลงนาม" hands the decision to the record the memo is about (an outgoing
 * letter, an order) through the {@link th.tidtam.memo.MemoSubject} SPI. Built on the casework core (case type
 * {@code MEMO}). The records and enums of this package and {@code service.MemoQueries} are what other modules know of
 * a memo.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Memo")
package th.tidtam.memo;
