package th.tidtam.org;

/**
 * Who fills a position changed: a holder or acting holder was recorded or ended. Open work follows the position,
 * so listeners (the task read model) re-evaluate who sees it.
 */
public record PositionFillingChanged(Long positionId) {
}
