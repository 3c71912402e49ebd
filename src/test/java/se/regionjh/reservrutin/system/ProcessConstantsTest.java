package se.regionjh.reservrutin.system;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

import se.regionjh.reservrutin.faultreport.FaultReportProcess;
import se.regionjh.reservrutin.outage.OutageProcess;
import se.regionjh.reservrutin.publication.delivery.PublicationDeliveryProcess;
import se.regionjh.reservrutin.routines.RoutineDeficiencyProcess;
import se.regionjh.reservrutin.routines.RoutineReviewProcess;
import se.regionjh.reservrutin.templates.TemplateSnapshotProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every process has one constants class of the same shape ({@code KEY} and
 * nested {@code Elements}, {@code Messages}, {@code Vars}); the ids it names
 * are in its model; and no Java file outside those classes repeats a model's
 * process key, element id or message name as a literal.
 */
class ProcessConstantsTest {

	/** Each process model and its constants class. */
	private static final Map<String, Class<?>> CONSTANTS = Map.of("processes/OutageProcess.bpmn",
			OutageProcess.class, "processes/FaultReportProcess.bpmn", FaultReportProcess.class,
			"processes/PublicationDeliveryProcess.bpmn", PublicationDeliveryProcess.class,
			"processes/RoutineReviewProcess.bpmn", RoutineReviewProcess.class,
			"processes/RoutineDeficiencyProcess.bpmn", RoutineDeficiencyProcess.class,
			"processes/TemplateSnapshotProcess.bpmn", TemplateSnapshotProcess.class);

	@Test
	void everyModelInProcessesHasAConstantsClass() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("processes"))) {
			assertThat(files.filter((f) -> f.toString().endsWith(".bpmn")).map((f) -> "processes/" + f.getFileName()))
				.containsExactlyInAnyOrderElementsOf(CONSTANTS.keySet());
		}
	}

	@Test
	void everyConstantsClassHasTheSameShape() throws Exception {
		for (Map.Entry<String, Class<?>> entry : CONSTANTS.entrySet()) {
			Class<?> constants = entry.getValue();
			BpmnModelInstance model = model(entry.getKey());
			assertThat(constants.getField("KEY").get(null)).as(constants.getSimpleName() + ".KEY")
				.isEqualTo(model.getModelElementsByType(Process.class).iterator().next().getId());
			assertThat(nested(constants, "Elements")).as(constants.getSimpleName() + ".Elements").isNotNull();
			assertThat(nested(constants, "Vars")).as(constants.getSimpleName() + ".Vars").isNotNull();
			if (messages(model).isEmpty()) {
				assertThat(nested(constants, "Messages")).as(constants.getSimpleName() + " has no messages").isNull();
			}
			else {
				assertThat(values(nested(constants, "Messages"))).as(constants.getSimpleName() + ".Messages")
					.containsExactlyInAnyOrderElementsOf(messages(model));
			}
		}
	}

	@Test
	void everyElementConstantIsInItsModel() throws Exception {
		List<String> missing = new ArrayList<>();
		for (Map.Entry<String, Class<?>> entry : CONSTANTS.entrySet()) {
			BpmnModelInstance model = model(entry.getKey());
			for (String id : values(nested(entry.getValue(), "Elements"))) {
				if (!(model.getModelElementById(id) instanceof FlowElement)) {
					missing.add(entry.getKey() + ": " + id);
				}
			}
		}

		assertThat(OutageProcess.Elements.class.getDeclaredFields()).hasSizeGreaterThan(5);
		assertThat(missing).isEmpty();
	}

	@Test
	void noJavaFileRepeatsAModelsIdAsALiteral() throws Exception {
		Set<String> ids = new TreeSet<>();
		for (String file : CONSTANTS.keySet()) {
			BpmnModelInstance model = model(file);
			model.getModelElementsByType(FlowElement.class).stream().map(BaseElement::getId).forEach(ids::add);
			model.getModelElementsByType(Process.class).stream().map(BaseElement::getId).forEach(ids::add);
			ids.addAll(messages(model));
		}
		Set<Path> constantsFiles = CONSTANTS.values()
			.stream()
			.map((c) -> Path.of("src/main/java", c.getName().replace('.', '/') + ".java"))
			.collect(Collectors.toSet());
		List<String> literals = new ArrayList<>();
		for (String root : List.of("src/main/java", "src/test/java")) {
			try (Stream<Path> files = Files.walk(Path.of(root))) {
				for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
					if (constantsFiles.contains(file)) {
						continue;
					}
					String source = Files.readString(file, StandardCharsets.UTF_8);
					ids.stream().filter((id) -> source.contains("\"" + id + "\"")).forEach((id) -> literals.add(file + ": " + id));
				}
			}
		}

		assertThat(ids).contains(OutageProcess.Elements.ASSESS_OUTAGE, FaultReportProcess.Messages.RECEIVED);
		assertThat(literals).isEmpty();
	}

	private static BpmnModelInstance model(String file) {
		return Bpmn.readModelFromFile(Path.of(file).toFile());
	}

	private static Set<String> messages(BpmnModelInstance model) {
		return model.getModelElementsByType(Message.class)
			.stream()
			.map(Message::getName)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Class<?> nested(Class<?> constants, String name) {
		return Arrays.stream(constants.getDeclaredClasses())
			.filter((c) -> c.getSimpleName().equals(name))
			.findFirst()
			.orElse(null);
	}

	private static List<String> values(Class<?> holder) throws IllegalAccessException {
		List<String> values = new ArrayList<>();
		for (Field field : holder.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				values.add((String) field.get(null));
			}
		}
		return values;
	}

}
