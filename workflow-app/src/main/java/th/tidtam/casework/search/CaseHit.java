package th.tidtam.casework.search;

import java.time.LocalDate;

import th.tidtam.org.SecrecyClass;

/**
 * One case found: enough to list it and link to it.
 *
 * @param number as shown, e.g. {@code 00012/2569} or {@code ฉช 0017.2/1234}
 * @param party  the other side: the sender of an incoming letter, the recipient of an outgoing one, the drafting unit
 * @param date   the date the register lists it under
 */
public record CaseHit(String caseType, long caseId, String number, String subject, String party, LocalDate date,
        SecrecyClass secrecy) {
}
