package se.regionjh.reservrutin.system;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

import se.regionjh.reservrutin.faultreport.FaultReportProcess;
import se.regionjh.reservrutin.outage.OutageProcess;

import static org.assertj.core.api.Assertions.assertThat;

/** Every element id Java names through a constants class is an element of that process's model. */
class ProcessConstantsTest {

	@Test
	void everyElementConstantIsInItsModel() throws Exception {
		List<String> missing = new ArrayList<>();
		missing.addAll(missing("processes/OutageProcess.bpmn", OutageProcess.Elements.class));
		missing.addAll(missing("processes/FaultReportProcess.bpmn", FaultReportProcess.Elements.class));

		assertThat(OutageProcess.Elements.class.getDeclaredFields()).hasSizeGreaterThan(5);
		assertThat(missing).isEmpty();
	}

	private static List<String> missing(String file, Class<?> elements) throws IllegalAccessException {
		BpmnModelInstance model = Bpmn.readModelFromFile(Path.of(file).toFile());
		List<String> missing = new ArrayList<>();
		for (Field field : elements.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				String id = (String) field.get(null);
				if (model.getModelElementById(id) == null) {
					missing.add(file + ": " + field.getName() + " = " + id);
				}
			}
		}
		return missing;
	}

}
