package se.regionjh.reservrutin.system;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.regionjh.reservrutin.outage.OutageProcess;
import se.regionjh.reservrutin.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ProcessDeploymentTest {

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	ProcessDeployment deployment;

	@Test
	void everyProcessAndFormIsDeployedUnderItsFileName() {
		var resources = this.repositoryService.getDeploymentResourceNames(this.repositoryService.createDeploymentQuery()
			.deploymentName(ProcessDeployment.DEPLOYMENT_NAME)
			.orderByDeploymentTime()
			.asc()
			.list()
			.get(0)
			.getId());
		assertThat(resources).contains("OutageProcess.bpmn", "FaultReportProcess.bpmn", "assess-outage.form",
				"review-cases.form");
		assertThat(resources).allSatisfy((name) -> assertThat(name).doesNotContain("/"));
		assertThat(this.repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(OutageProcess.KEY)
			.latestVersion()
			.singleResult()).isNotNull();
	}

	@Test
	void deployingAgainWithoutChangesCreatesNoNewVersions() {
		long before = this.repositoryService.createProcessDefinitionQuery().count();
		long deploymentsBefore = this.repositoryService.createDeploymentQuery().count();

		int created = this.deployment.deploy();

		assertThat(created).isZero();
		assertThat(this.repositoryService.createProcessDefinitionQuery().count()).isEqualTo(before);
		assertThat(this.repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
	}

}
