package th.tidtam.process;

import java.util.Objects;

/**
 * Which process variables of one process hold the case its tasks belong to, declared as a bean by the feature that
 * owns the process (the process module knows no case type and no variable name of a feature). The work item read
 * model looks the declaration up by the task's process definition key, so process instances started before a feature
 * declared it are read the same way. A process without a declaration is read through the generic names of
 * {@link WorkItemVariables}. Subject, urgency and secrecy are always read from the generic names.
 *
 * @param processDefinitionKey the BPMN process id
 * @param caseType             the case type's key, e.g. {@code DIRECTIVE} (at most 32 characters)
 * @param caseIdVariable       the variable holding the case's id (a number or a numeric string)
 * @param caseNumberVariable   the variable holding the case's number as shown; null: none
 * @param casePartVariable     the variable holding the id of the sub-part a task is about; null: none
 */
public record CaseProcess(String processDefinitionKey, String caseType, String caseIdVariable, String caseNumberVariable,
        String casePartVariable) {

    public CaseProcess {
        Objects.requireNonNull(processDefinitionKey, "process definition key");
        Objects.requireNonNull(caseType, "case type");
        Objects.requireNonNull(caseIdVariable, "case id variable");
        if (caseType.isBlank() || caseType.length() > 32) {
            throw new IllegalArgumentException("case type must be 1..32 characters: " + caseType);
        }
    }
}
