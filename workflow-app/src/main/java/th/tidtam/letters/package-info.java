/**
 * The incoming register (ทะเบียนหนังสือรับ) of the Prime Minister's Office regulation on correspondence: every letter
 * received gets its number per calendar year (five digits), date and time, the sender's number and date, from, to,
 * subject, urgency, secrecy, attachments, action and remarks; entered by the correspondence section or fed over the API
 * from e-saraban; duplicates flagged, never merged. Each letter goes to a position that handles it (files it, hands it
 * on, or presents it up with a memo of the memo module). Built on the casework core (case type {@code LETTER_IN}).
 * The records and enums of this package are what other modules and the screens may know of a letter.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Letters")
package th.tidtam.letters;
