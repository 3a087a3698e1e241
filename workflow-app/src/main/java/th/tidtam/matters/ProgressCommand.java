package th.tidtam.matters;

/** A progress report on a part: percent done (0–100), how it goes, and what was done. */
public record ProgressCommand(Integer percent, ProgressStatus status, String text) {
}
