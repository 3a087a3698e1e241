/**
 * The outgoing register (ทะเบียนหนังสือส่ง): register books per issuing unit with its owner code, outgoing letters
 * (หนังสือภายนอก) drafted against a book, sent up with a memo for signature and numbered when the memo decides "ลงนาม",
 * or registered directly by a clerk when signed on paper; the signed letter as an A4 PDF, the register as PDF and Excel.
 */
package th.tidtam.outgoing;
