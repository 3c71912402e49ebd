package se.regionjh.reservrutin.security;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.regionjh.reservrutin.support.Credentials;
import se.regionjh.reservrutin.support.WebClient;
import se.regionjh.reservrutin.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit sees and works only its own tasks, through the engine REST API, through
 * Tasklist's own API, and in the "Min grupps uppgifter" filter.
 */
@WebIntegrationTest
class UnitIsolationTest {

	private static final String ENGINE_REST = "/engine-rest";

	private static final String TASKLIST_API = "/camunda/api/engine/engine/default";

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	FilterService filterService;

	Task ostersundTask;

	Task krokomTask;

	@BeforeEach
	void startOneTaskPerUnit() {
		UnitTasks.deploy(this.repositoryService);
		this.ostersundTask = UnitTasks.start(this.runtimeService, this.taskService, UnitTasks.OSTERSUND);
		this.krokomTask = UnitTasks.start(this.runtimeService, this.taskService, UnitTasks.KROKOM);
	}

	@Test
	void engineRestListsOnlyTheUnitsOwnTasks() throws Exception {
		WebClient ostersund = WebClient.basic(this.port, Credentials.OSTERSUND_STAFF);
		List<String> ids = taskIds(ostersund.get(ENGINE_REST + "/task?maxResults=100&processDefinitionKey=" + UnitTasks.PROCESS_KEY));
		assertThat(ids).contains(this.ostersundTask.getId()).doesNotContain(this.krokomTask.getId());
		assertThat(count(ostersund.postJson(ENGINE_REST + "/task/count",
				"{\"taskIdIn\":[\"" + this.krokomTask.getId() + "\"]}"))).isZero();
	}

	@Test
	void engineRestRefusesToReadClaimOrCompleteAnotherUnitsTask() {
		assertOtherUnitsTaskIsOutOfReach(WebClient.basic(this.port, Credentials.OSTERSUND_STAFF), ENGINE_REST,
				Credentials.OSTERSUND_STAFF);
	}

	@Test
	void tasklistApiListsOnlyTheUnitsOwnTasks() throws Exception {
		WebClient ostersund = WebClient.tasklist(this.port, Credentials.OSTERSUND_STAFF);
		List<String> ids = taskIds(ostersund.get(TASKLIST_API + "/task?maxResults=100&processDefinitionKey=" + UnitTasks.PROCESS_KEY));
		assertThat(ids).contains(this.ostersundTask.getId()).doesNotContain(this.krokomTask.getId());
	}

	@Test
	void tasklistApiRefusesToReadClaimOrCompleteAnotherUnitsTask() {
		assertOtherUnitsTaskIsOutOfReach(WebClient.tasklist(this.port, Credentials.OSTERSUND_STAFF), TASKLIST_API,
				Credentials.OSTERSUND_STAFF);
	}

	@Test
	void theUnitClaimsAndCompletesItsOwnTask() {
		WebClient ostersund = WebClient.basic(this.port, Credentials.OSTERSUND_STAFF);
		String task = ENGINE_REST + "/task/" + this.ostersundTask.getId();
		assertThat(ostersund.get(task).statusCode()).isEqualTo(200);
		HttpResponse<String> claim = ostersund.postJson(task + "/claim", "{\"userId\":\"" + Credentials.OSTERSUND_STAFF + "\"}");
		assertThat(claim.statusCode()).as(claim.body()).isEqualTo(204);
		assertThat(ostersund.postJson(task + "/complete", "{}").statusCode()).isEqualTo(204);
		assertThat(this.taskService.createTaskQuery().taskId(this.ostersundTask.getId()).count()).isZero();
	}

	@Test
	void groupFilterShowsExactlyTheUnitsTasks() throws Exception {
		String filterId = this.filterService.createFilterQuery().filterName("Min grupps uppgifter").singleResult().getId();
		String onlyTestTasks = "{\"processDefinitionKey\":\"" + UnitTasks.PROCESS_KEY + "\"}";
		List<String> expectedOstersund = openTaskIds("unit-" + UnitTasks.OSTERSUND);
		List<String> expectedKrokom = openTaskIds("unit-" + UnitTasks.KROKOM);

		List<String> ostersund = taskIds(WebClient.basic(this.port, Credentials.OSTERSUND_STAFF)
			.postJson(ENGINE_REST + "/filter/" + filterId + "/list?firstResult=0&maxResults=100", onlyTestTasks));
		List<String> krokom = taskIds(WebClient.tasklist(this.port, Credentials.KROKOM_STAFF)
			.postJson(TASKLIST_API + "/filter/" + filterId + "/list?firstResult=0&maxResults=100", onlyTestTasks));

		assertThat(ostersund).containsExactlyInAnyOrderElementsOf(expectedOstersund).contains(this.ostersundTask.getId());
		assertThat(krokom).containsExactlyInAnyOrderElementsOf(expectedKrokom).contains(this.krokomTask.getId());
	}

	@Test
	void managementSeesEveryUnitsTask() throws Exception {
		List<String> ids = taskIds(WebClient.basic(this.port, Credentials.MANAGEMENT)
			.get(ENGINE_REST + "/task?maxResults=100&processDefinitionKey=" + UnitTasks.PROCESS_KEY));
		assertThat(ids).contains(this.ostersundTask.getId(), this.krokomTask.getId());
	}

	private void assertOtherUnitsTaskIsOutOfReach(WebClient client, String api, String userId) {
		String other = api + "/task/" + this.krokomTask.getId();
		assertThat(client.get(other).statusCode()).as("read").isIn(403, 404);
		assertThat(client.get(other + "/variables").statusCode()).as("variables").isIn(403, 404);
		assertThat(client.postJson(other + "/claim", "{\"userId\":\"" + userId + "\"}").statusCode()).as("claim")
			.isIn(403, 404);
		assertThat(client.postJson(other + "/complete", "{}").statusCode()).as("complete").isIn(403, 404);
		assertThat(client.postJson(other + "/assignee", "{\"userId\":\"" + userId + "\"}").statusCode())
			.as("assign")
			.isIn(403, 404);
		Task unchanged = this.taskService.createTaskQuery().taskId(this.krokomTask.getId()).singleResult();
		assertThat(unchanged).as("the task is still open").isNotNull();
		assertThat(unchanged.getAssignee()).as("nobody claimed it").isNull();
	}

	/** Open tasks of the test process whose candidate group is the given one, read without authorization. */
	private List<String> openTaskIds(String candidateGroup) {
		return this.taskService.createTaskQuery()
			.processDefinitionKey(UnitTasks.PROCESS_KEY)
			.taskCandidateGroup(candidateGroup)
			.includeAssignedTasks()
			.list()
			.stream()
			.map(Task::getId)
			.toList();
	}

	private List<String> taskIds(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode tasks = this.json.readTree(response.body());
		return java.util.stream.StreamSupport.stream(tasks.spliterator(), false).map((t) -> t.get("id").asText()).toList();
	}

	private long count(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body()).get("count").asLong();
	}

}
