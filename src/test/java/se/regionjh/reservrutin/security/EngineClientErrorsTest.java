package se.regionjh.reservrutin.security;

import jakarta.ws.rs.core.Response.Status;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which engine exceptions the mappers take from Camunda's handlers: the client
 * errors, also when a REST resource wrapped them, and nothing else.
 */
class EngineClientErrorsTest {

	private final EngineClientErrors engine = new EngineClientErrors();

	private final EngineClientErrors.Wrapped wrapped = new EngineClientErrors.Wrapped();

	@Test
	void aTaskSomeoneElseClaimedIsAConflict() {
		var response = this.engine.toResponse(new TaskAlreadyClaimedException("42", "chef-ostersund"));
		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(response.getMediaType().toString()).startsWith("application/problem+json");
		assertThat((String) response.getEntity()).contains("Uppgiften har redan tagits av någon annan")
			.doesNotContain("chef-ostersund");
	}

	@Test
	void aTaskThatWentAfterTheCheckIsNotFoundAlsoWhenWrapped() {
		var gone = new NullValueException("Cannot find task with id 42: task is null");
		assertThat(this.engine.toResponse(gone).getStatus()).isEqualTo(404);
		var completing = new RestException(Status.INTERNAL_SERVER_ERROR, gone, "Cannot complete task 42: ...");
		assertThat(this.wrapped.isMappable(completing)).isTrue();
		assertThat(this.wrapped.toResponse(completing).getStatus()).isEqualTo(404);
	}

	@Test
	void aDoctypeInAnUploadIsABadRequest() {
		var parse = new SAXParseException("DOCTYPE is disallowed when the feature ... set to true.", null);
		var failure = new ProcessEngineException("ENGINE-09003 Could not parse 'x.bpmn'.", parse);
		var response = this.engine.toResponse(failure);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat((String) response.getEntity()).contains("DOCTYPE-deklaration").doesNotContain("ENGINE-");
	}

	@Test
	void everyOtherFailureIsLeftToCamunda() {
		assertThat(this.engine.isMappable(new ProcessEngineException("ENGINE-03004 Exception while executing"))).isFalse();
		assertThat(this.engine.isMappable(new NullValueException("Cannot find task form for 42"))).isFalse();
		assertThat(this.wrapped.isMappable(new RestException(Status.BAD_REQUEST, "Cannot set query parameter"))).isFalse();
		assertThat(this.wrapped.isMappable(new RestException(Status.INTERNAL_SERVER_ERROR,
				new IllegalStateException("Cannot find task with id 42")))).isFalse();
	}

}
