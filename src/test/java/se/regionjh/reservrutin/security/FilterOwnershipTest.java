package se.regionjh.reservrutin.security;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.regionjh.reservrutin.support.Credentials;
import se.regionjh.reservrutin.support.WebClient;
import se.regionjh.reservrutin.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Nobody but an administrator creates a filter owned by someone else, or a shared one (issue 11). */
@WebIntegrationTest
class FilterOwnershipTest {

	private static final String PLANTED = """
			{"resourceType":"Task","name":"VIKTIGT: alla uppgifter","owner":"forvaltare",
			 "query":{},"properties":{"priority":-100}}""";

	@LocalServerPort
	int port;

	@Autowired
	FilterService filterService;

	@Test
	void aUnitUserCannotPlantAFilterInManagementsTasklist() {
		List<String> before = filterIdsOf(Credentials.MANAGEMENT);
		HttpResponse<String> rest = WebClient.basic(this.port, Credentials.OSTERSUND_STAFF)
			.postJson("/engine-rest/filter/create", PLANTED);
		assertThat(rest.statusCode()).as(rest.body()).isEqualTo(400);
		assertThat(rest.body()).contains("owner");
		HttpResponse<String> tasklist = WebClient.tasklist(this.port, Credentials.OSTERSUND_STAFF)
			.postJson("/camunda/api/engine/engine/default/filter/create", PLANTED);
		assertThat(tasklist.statusCode()).as(tasklist.body()).isEqualTo(400);
		assertThat(filterIdsOf(Credentials.MANAGEMENT)).isEqualTo(before);
		assertThat(this.filterService.createFilterQuery().filterName("VIKTIGT: alla uppgifter").count()).isZero();
	}

	@Test
	void aNonAdministratorCannotCreateASharedFilterWithoutOwner() {
		long before = this.filterService.createFilterQuery().count();
		HttpResponse<String> response = WebClient.basic(this.port, Credentials.MANAGEMENT)
			.postJson("/engine-rest/filter/create", PLANTED.replace("\"forvaltare\"", "null"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(this.filterService.createFilterQuery().count()).isEqualTo(before);
	}

	@Test
	void aUserCreatesAndKeepsAFilterOfTheirOwn() throws Exception {
		WebClient ostersund = WebClient.basic(this.port, Credentials.OSTERSUND_STAFF);
		String own = PLANTED.replace("forvaltare", Credentials.OSTERSUND_STAFF).replace("VIKTIGT: alla uppgifter",
				"Mitt filter");
		HttpResponse<String> created = ostersund.postJson("/engine-rest/filter/create", own);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
		String id = new ObjectMapper().readTree(created.body()).get("id").asText();
		try {
			HttpResponse<String> handedOver = ostersund.putJson("/engine-rest/filter/" + id,
					own.replace(Credentials.OSTERSUND_STAFF, Credentials.MANAGEMENT));
			assertThat(handedOver.statusCode()).as(handedOver.body()).isEqualTo(400);
			assertThat(this.filterService.getFilter(id).getOwner()).isEqualTo(Credentials.OSTERSUND_STAFF);
		}
		finally {
			this.filterService.deleteFilter(id);
		}
	}

	private List<String> filterIdsOf(String owner) {
		return this.filterService.createFilterQuery().filterOwner(owner).list().stream().map(Filter::getId).toList();
	}

}
