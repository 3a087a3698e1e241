package th.tidtam.process;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;

/** What the engine has deployed, for the administrator's overview. Features never touch the engine API directly. */
@Service
public class ProcessCatalog {

    public record DeployedProcess(String key, String name, int version, String resource) {
    }

    private final RepositoryService repositoryService;

    ProcessCatalog(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    public List<DeployedProcess> latestProcesses() {
        return repositoryService.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionKey().asc()
                .list().stream().map(ProcessCatalog::toDeployed).toList();
    }

    private static DeployedProcess toDeployed(ProcessDefinition d) {
        return new DeployedProcess(d.getKey(), d.getName(), d.getVersion(), d.getResourceName());
    }
}
