package th.tidtam.matters.service;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.casework.figures.CaseFigure;
import th.tidtam.casework.figures.CaseFigures;
import th.tidtam.matters.MatterStatus;
import th.tidtam.matters.PartStatus;
import th.tidtam.matters.domain.Matter;
import th.tidtam.matters.domain.MatterPart;
import th.tidtam.matters.domain.MatterRepository;
import th.tidtam.org.service.CurrentPosition;

/** The matters' figures for the dashboard, counted in parts held: open, overdue, done, done by their due date. */
@Component
class MatterFigures implements CaseFigures {

    private final MatterRepository matters;
    private final MatterAccess access;
    private final MatterQueries queries;

    MatterFigures(MatterRepository matters, MatterAccess access, MatterQueries queries) {
        this.matters = matters;
        this.access = access;
        this.queries = queries;
    }

    @Override
    @Transactional(readOnly = true)
    public CaseFigure figures(List<CurrentPosition> positions, LocalDate today) {
        List<Matter> all = matters.list(MatterAccess.provinces(positions), EnumSet.allOf(MatterStatus.class), null, PageRequest.of(0, 5000));
        Map<Long, List<MatterPart>> byMatter = queries.partsOf(all);
        long open = 0, overdue = 0, done = 0, onTime = 0;
        for (Matter m : all) {
            List<MatterPart> ps = byMatter.getOrDefault(m.getId(), List.of());
            if (!access.sees(positions, m, ps)) {
                continue;
            }
            for (MatterPart p : ps) {
                if (p.getStatus() == PartStatus.DECLINED) {
                    continue;
                }
                if (p.getStatus() == PartStatus.DONE) {
                    done++;
                    onTime += MatterQueries.finishedOnTime(p) ? 1 : 0;
                } else {
                    open++;
                    overdue += MatterQueries.overdue(p, today) ? 1 : 0;
                }
            }
        }
        return new CaseFigure(MatterCase.TYPE, "matters.ui.figures-title", "matters", open, overdue, done, onTime);
    }
}
