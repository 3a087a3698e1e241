package th.tidtam.casework.figures;

import java.time.LocalDate;
import java.util.List;

import th.tidtam.org.service.CurrentPosition;

/**
 * A case type's figures for the dashboard, beside the directives' own, as one bean per case type: the dashboard shows
 * what every registered type reports without knowing any of them.
 */
public interface CaseFigures {

    /** Over the cases the positions may see, as of today. */
    CaseFigure figures(List<CurrentPosition> positions, LocalDate today);
}
