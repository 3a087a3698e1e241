/**
 * The outgoing register (ทะเบียนหนังสือส่ง): register books per issuing unit with its owner code ("ฉช 0017.2"),
 * outgoing letters (หนังสือภายนอก) drafted against a book, sent up with a memo for signature and numbered when the
 * memo decides "ลงนาม" (through {@link th.tidtam.memo.MemoSubject}), or registered directly by a clerk when signed on
 * paper; numbers gapless per calendar year per book, normal and circular (ว) apart. The signed letter as an A4 PDF, the
 * register of a period as PDF and Excel. Built on the casework core (case type {@code LETTER_OUT}: timeline, number
 * series, search). The records and enums of this package and {@code service} are what other modules know of it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outgoing")
package th.tidtam.outgoing;
