package th.tidtam.matters.service;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.casework.CaseType;
import th.tidtam.casework.CaseVisibility;
import th.tidtam.matters.domain.Matter;
import th.tidtam.matters.domain.MatterPartRepository;
import th.tidtam.matters.domain.MatterRepository;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.process.CaseSubjects;
import th.tidtam.process.WorkItem;
import th.tidtam.work.CaseWorkItems;

/** The matter registered with the casework core: its screen, visibility, subject and My-work fields. */
final class MatterCaseTypes {

    private MatterCaseTypes() {
    }

    @Component
    static class Type implements CaseType {

        private final MatterRepository cases;

        Type(MatterRepository cases) {
            this.cases = cases;
        }

        @Override
        public boolean classified(long caseId) {
            return cases.findById(caseId).map(c -> c.getSecrecy() != null && c.getSecrecy().classified()).orElse(false);
        }

        @Override
        public String key() {
            return MatterCase.TYPE;
        }

        @Override
        public String route(long caseId) {
            return "matters/" + caseId;
        }

        @Override
        public String idField() {
            return "matterId";
        }
    }

    @Component
    static class Visibility implements CaseVisibility {

        private final MatterRepository matters;
        private final MatterPartRepository parts;
        private final MatterAccess access;

        Visibility(MatterRepository matters, MatterPartRepository parts, MatterAccess access) {
            this.matters = matters;
            this.parts = parts;
            this.access = access;
        }

        @Override
        public String caseType() {
            return MatterCase.TYPE;
        }

        @Override
        @Transactional(readOnly = true)
        public boolean canSee(List<CurrentPosition> positions, long caseId) {
            return matters.findById(caseId)
                    .filter(m -> access.sees(positions, m, parts.findByMatterIdOrderByIdAsc(caseId))).isPresent();
        }
    }

    @Component
    static class Subjects implements CaseSubjects {

        private final MatterRepository matters;

        Subjects(MatterRepository matters) {
            this.matters = matters;
        }

        @Override
        public String caseType() {
            return MatterCase.TYPE;
        }

        @Override
        public Optional<String> subject(long caseId) {
            return matters.findById(caseId).map(Matter::getSubject);
        }
    }

    @Component
    static class WorkItems implements CaseWorkItems {

        private final MatterRepository matters;
        private final MatterPartRepository parts;
        private final MatterAccess access;

        WorkItems(MatterRepository matters, MatterPartRepository parts, MatterAccess access) {
            this.matters = matters;
            this.parts = parts;
            this.access = access;
        }

        @Override
        public String caseType() {
            return MatterCase.TYPE;
        }

        @Override
        public Map<String, Object> caseFields(WorkItem item) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("matterId", item.caseId());
            fields.put("matterNumber", item.caseNumber());
            fields.put("partId", item.casePartId());
            return fields;
        }

        @Override
        @Transactional(readOnly = true)
        public Map<Long, String> subjects(Collection<Long> caseIds) {
            List<CurrentPosition> mine = access.mine();
            Map<Long, String> subjects = new LinkedHashMap<>();
            for (Matter m : matters.findAllById(caseIds)) {
                if (access.sees(mine, m, parts.findByMatterIdOrderByIdAsc(m.getId()))) {
                    subjects.put(m.getId(), m.getSubject());
                }
            }
            return subjects;
        }
    }
}
