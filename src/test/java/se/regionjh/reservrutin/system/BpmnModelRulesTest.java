package se.regionjh.reservrutin.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modelling rules of CONVENTIONS.md, checked on every BPMN file in
 * processes/: readable ids, a form and a candidate for every human step, a
 * save point before every service task, history time-to-live on every process,
 * and every formRef matching a form in forms/.
 */
class BpmnModelRulesTest {

	private static final Pattern GENERATED_ID = Pattern
		.compile("(Activity|Gateway|Event|Flow|StartEvent|EndEvent|Task|SequenceFlow|Process|Participant)_[0-9a-z]{7}");

	@Test
	void everyProcessFollowsTheModellingRules() throws IOException {
		Set<String> formIds = formIds();
		List<String> problems = new ArrayList<>();
		List<Path> files = bpmnFiles();
		assertThat(files).isNotEmpty();
		for (Path file : files) {
			problems.addAll(check(file, Bpmn.readModelFromFile(file.toFile()), formIds));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theRulesCatchWhatTheyAreFor() {
		BpmnModelInstance broken = Bpmn.createExecutableProcess("Broken")
			.startEvent("StartEvent_1a2b3c4")
			.userTask("Task_NoGroup")
			.serviceTask("Task_NotAsync")
			.camundaDelegateExpression("${x}")
			.userTask("Task_UnknownForm")
			.camundaCandidateGroups("forvaltning")
			.camundaFormRef("no-such-form")
			.endEvent("EndEvent_Done")
			.done();
		// The fluent builder adds a time-to-live by default; a hand-written file may not have one.
		broken.<Process>getModelElementById("Broken").setCamundaHistoryTimeToLiveString(null);

		List<String> problems = check(Path.of("Broken.bpmn"), broken, Set.of());

		assertThat(problems).anyMatch((p) -> p.contains("StartEvent_1a2b3c4") && p.contains("generated"))
			.anyMatch((p) -> p.contains("Task_NoGroup") && p.contains("candidate"))
			.anyMatch((p) -> p.contains("Task_NoGroup") && p.contains("form"))
			.anyMatch((p) -> p.contains("Task_NotAsync") && p.contains("asyncBefore"))
			.anyMatch((p) -> p.contains("Task_UnknownForm") && p.contains("no-such-form"))
			.anyMatch((p) -> p.contains("historyTimeToLive"));
	}

	static List<String> check(Path file, BpmnModelInstance model, Set<String> formIds) {
		List<String> problems = new ArrayList<>();
		String name = file.getFileName().toString();
		for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
			String id = element.getId();
			if (id != null && GENERATED_ID.matcher(id).matches()) {
				problems.add(name + ": " + id + " is a Modeler-generated id");
			}
		}
		for (Process process : model.getModelElementsByType(Process.class)) {
			if (process.getCamundaHistoryTimeToLiveString() == null) {
				problems.add(name + ": process " + process.getId() + " has no historyTimeToLive");
			}
		}
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			if (task.getCamundaCandidateGroups() == null && task.getCamundaAssignee() == null
					&& task.getCamundaCandidateUsers() == null) {
				problems.add(name + ": user task " + task.getId() + " has no candidate group or assignee");
			}
			checkForm(problems, name, task.getId(), task.getCamundaFormRef(), task.getCamundaFormKey(), formIds);
		}
		for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
			boolean byPerson = start.getEventDefinitions().isEmpty()
					&& start.getParentElement() instanceof Process;
			if (byPerson) {
				checkForm(problems, name, start.getId(), start.getCamundaFormRef(), start.getCamundaFormKey(), formIds);
			}
		}
		for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
			if (!task.isCamundaAsyncBefore() && !runsInCallersTransaction(task)) {
				problems.add(name + ": service task " + task.getId() + " has no asyncBefore save point");
			}
		}
		return problems;
	}

	/**
	 * A service task that only writes the database may run in its caller's
	 * transaction when the model says so ({@code camunda:property
	 * name="transaction" value="caller"}): the outage's registration commits with
	 * the notice that opened it, so Inera's next notice finds the assessment.
	 */
	private static boolean runsInCallersTransaction(ServiceTask task) {
		return task.getExtensionElements() != null && task.getExtensionElements()
			.getElementsQuery()
			.filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class)
			.list()
			.stream()
			.flatMap((properties) -> properties.getCamundaProperties().stream())
			.anyMatch((property) -> "transaction".equals(property.getCamundaName())
					&& "caller".equals(property.getCamundaValue()));
	}

	private static void checkForm(List<String> problems, String file, String id, String formRef, String formKey,
			Set<String> formIds) {
		if (formRef == null && formKey == null) {
			problems.add(file + ": " + id + " has no form");
		}
		else if (formRef != null && !formIds.contains(formRef)) {
			problems.add(file + ": " + id + " refers to form '" + formRef + "' which is not in forms/");
		}
	}

	private static List<Path> bpmnFiles() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("processes"))) {
			return files.filter((f) -> f.toString().endsWith(".bpmn")).sorted().toList();
		}
	}

	private static Set<String> formIds() throws IOException {
		ObjectMapper json = new ObjectMapper();
		try (Stream<Path> files = Files.list(Path.of("forms"))) {
			return files.filter((f) -> f.toString().endsWith(".form")).map((f) -> {
				try {
					String id = json.readTree(f.toFile()).path("id").asText();
					assertThat(f.getFileName().toString()).as("form file named by its id").isEqualTo(id + ".form");
					return id;
				}
				catch (IOException ex) {
					throw new IllegalStateException("Unreadable form " + f, ex);
				}
			}).collect(Collectors.toSet());
		}
	}

}
