package th.tidtam.coordination.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.casework.CaseType;
import th.tidtam.casework.CaseVisibility;
import th.tidtam.coordination.domain.CoordinationParty;
import th.tidtam.coordination.domain.CoordinationPartyRepository;
import th.tidtam.coordination.domain.CoordinationRequest;
import th.tidtam.coordination.domain.CoordinationRequestRepository;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.process.CaseSubjects;
import th.tidtam.process.WorkItem;
import th.tidtam.work.CaseWorkItems;

/** The coordination request registered with the casework core: its screen, its visibility, its subject in My work. */
final class CoordinationCaseBeans {

    private CoordinationCaseBeans() {
    }

    @Component
    static class RequestCaseType implements CaseType {

        private final CoordinationRequestRepository cases;

        RequestCaseType(CoordinationRequestRepository cases) {
            this.cases = cases;
        }

        @Override
        public boolean classified(long caseId) {
            return cases.findById(caseId).map(c -> c.getSecrecy() != null && c.getSecrecy().classified()).orElse(false);
        }

        @Override
        public String key() {
            return CoordinationCase.TYPE;
        }

        @Override
        public String route(long caseId) {
            return "coordination/" + caseId;
        }

        @Override
        public String idField() {
            return "requestId";
        }
    }

    @Component
    static class RequestVisibility implements CaseVisibility {

        private final CoordinationRequestRepository requests;
        private final CoordinationPartyRepository parties;
        private final CoordinationAccess access;

        RequestVisibility(CoordinationRequestRepository requests, CoordinationPartyRepository parties, CoordinationAccess access) {
            this.requests = requests;
            this.parties = parties;
            this.access = access;
        }

        @Override
        public String caseType() {
            return CoordinationCase.TYPE;
        }

        @Override
        @Transactional(readOnly = true)
        public boolean canSee(List<CurrentPosition> positions, long caseId) {
            return requests.findById(caseId)
                    .filter(r -> access.sees(positions, r, parties.findByRequestIdOrderByIdAsc(caseId))).isPresent();
        }

        @Override
        @Transactional(readOnly = true)
        public List<Long> visibleAmong(List<CurrentPosition> positions, Collection<Long> caseIds) {
            Map<Long, List<CoordinationParty>> byRequest = parties.findByRequestIdIn(caseIds).stream()
                    .collect(Collectors.groupingBy(CoordinationParty::getRequestId));
            return requests.findAllById(caseIds).stream()
                    .filter(r -> access.sees(positions, r, byRequest.getOrDefault(r.getId(), List.of())))
                    .map(CoordinationRequest::getId).toList();
        }
    }

    @Component
    static class RequestSubjects implements CaseSubjects {

        private final CoordinationRequestRepository requests;

        RequestSubjects(CoordinationRequestRepository requests) {
            this.requests = requests;
        }

        @Override
        public String caseType() {
            return CoordinationCase.TYPE;
        }

        @Override
        public Optional<String> subject(long caseId) {
            return requests.findById(caseId).map(CoordinationRequest::getSubject);
        }
    }

    @Component
    static class RequestWorkItems implements CaseWorkItems {

        private final CoordinationRequestRepository requests;
        private final RequestVisibility visibility;
        private final CoordinationAccess access;

        RequestWorkItems(CoordinationRequestRepository requests, RequestVisibility visibility, CoordinationAccess access) {
            this.requests = requests;
            this.visibility = visibility;
            this.access = access;
        }

        @Override
        public String caseType() {
            return CoordinationCase.TYPE;
        }

        @Override
        public Map<String, Object> caseFields(WorkItem item) {
            return item.caseId() == null ? Map.of() : Map.of("requestId", item.caseId());
        }

        @Override
        @Transactional(readOnly = true)
        public Map<Long, String> subjects(Collection<Long> caseIds) {
            List<Long> visible = visibility.visibleAmong(access.mine(), caseIds);
            return requests.findAllById(visible).stream().collect(Collectors.toMap(CoordinationRequest::getId, CoordinationRequest::getSubject));
        }
    }
}
