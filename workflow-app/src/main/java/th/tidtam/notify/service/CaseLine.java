package th.tidtam.notify.service;

import java.time.LocalDate;

/**
 * One case as a message names it: number, subject and due date, or — when the case is classified — none of them
 * ({@code classified} true: only "a classified directive needs your action" and the link). {@code route} is the
 * screen the link opens, relative to the application.
 */
public record CaseLine(String caseType, Long caseId, String number, String subject, LocalDate due, boolean classified,
        String route) {
}
