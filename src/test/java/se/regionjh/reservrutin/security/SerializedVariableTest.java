package se.regionjh.reservrutin.security;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.regionjh.reservrutin.support.Credentials;
import se.regionjh.reservrutin.support.WebClient;
import se.regionjh.reservrutin.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A variable posted as a serialized Java object is refused, and nothing is stored. */
@WebIntegrationTest
class SerializedVariableTest {

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Test
	void startingAProcessWithASerializedJavaObjectIsRefused() throws Exception {
		UnitTasks.deploy(this.repositoryService);
		long before = this.runtimeService.createProcessInstanceQuery().processDefinitionKey(UnitTasks.PROCESS_KEY).count();
		HttpResponse<String> response = WebClient.basic(this.port, Credentials.MANAGEMENT)
			.postJson("/engine-rest/process-definition/key/" + UnitTasks.PROCESS_KEY + "/start",
					"{\"variables\":{\"unitId\":{\"value\":\"hc-ostersund\",\"type\":\"String\"},\"payload\":"
							+ serializedVariable() + "}}");
		assertRefusedWithoutInternals(response);
		assertThat(this.runtimeService.createProcessInstanceQuery().processDefinitionKey(UnitTasks.PROCESS_KEY).count())
			.isEqualTo(before);
	}

	@Test
	void completingATaskWithASerializedJavaObjectIsRefused() throws Exception {
		UnitTasks.deploy(this.repositoryService);
		Task task = UnitTasks.start(this.runtimeService, this.taskService, UnitTasks.OSTERSUND);
		HttpResponse<String> response = WebClient.basic(this.port, Credentials.OSTERSUND_STAFF)
			.postJson("/engine-rest/task/" + task.getId() + "/complete",
					"{\"variables\":{\"payload\":" + serializedVariable() + "}}");
		assertRefusedWithoutInternals(response);
		assertThat(this.taskService.createTaskQuery().taskId(task.getId()).count()).as("task still open").isOne();
		assertThat(this.runtimeService.getVariable(task.getProcessInstanceId(), "payload")).isNull();
	}

	/** Refused before the engine sees it: a client error naming the variable, no internals. */
	private static void assertRefusedWithoutInternals(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("payload").doesNotContain("Exception").doesNotContain("\tat ");
	}

	private static String serializedVariable() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(new ArrayList<>(java.util.List.of("x")));
		}
		return "{\"value\":\"" + Base64.getEncoder().encodeToString(bytes.toByteArray())
				+ "\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.util.ArrayList\","
				+ "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}";
	}

}
