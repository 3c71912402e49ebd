package se.regionjh.reservrutin.templates;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

import se.regionjh.reservrutin.support.IntegrationTest;
import se.regionjh.reservrutin.support.Timers;
import se.regionjh.reservrutin.support.WebRequests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.regionjh.reservrutin.support.WebRequests.as;

@IntegrationTest
class TemplatePagesTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	TemplateArchive archive;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = WebRequests.mockMvc(this.context);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void managementAddsATemplateWithAFileAndTheLatestSnapshotOpensAsOnePdf() throws Exception {
		byte[] attachment = TemplateArchiveTest.onePagePdf("Bilaga till kallelse");
		MvcResult added = this.mvc
			.perform(multipart("/mallar").file(new MockMultipartFile("file", "kallelse.pdf", "application/pdf", attachment))
				.param("title", "Kallelse till hälsosamtal")
				.param("category", "Kallelser")
				.param("body", "Välkommen på hälsosamtal på vårdcentralen.")
				.with(as("forvaltare")))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		long id = Long.parseLong(added.getResponse().getRedirectedUrl().replace("/mallar/", ""));
		Template template = this.archive.require(id);
		assertThat(template.createdBy()).isEqualTo("forvaltare");

		this.mvc.perform(get("/mallar/" + id).with(as("forvaltare")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Välkommen på hälsosamtal")));
		this.mvc.perform(get("/mallar/filer/" + template.versionId()).with(as("personal-krokom")))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(attachment));

		// Later than every other test's snapshot in the shared database, so it is the latest.
		ClockUtil.setCurrentTime(Timers.swedish("2040-02-01T09:00"));
		TemplateSnapshot snapshot = this.archive.freeze("forvaltare", null, null);
		ClockUtil.reset();
		byte[] pdf = this.mvc.perform(get("/mallar/senaste.pdf").with(as("personal-krokom")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(TemplateArchiveTest.pdfText(pdf)).contains("Välkommen på hälsosamtal på vårdcentralen.")
			.contains("Bilaga till kallelse");
		this.mvc.perform(get("/mallar/ogonblicksbilder/" + snapshot.id()).with(as("personal-krokom")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Kallelse till hälsosamtal")));
		this.mvc.perform(get("/mallar/ogonblicksbilder/" + snapshot.id() + ".pdf").with(as("personal-krokom")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
	}

	@Test
	void refusesAnOversizedOrDisguisedFileWithASwedishMessage() throws Exception {
		byte[] tooLarge = new byte[11 * 1024 * 1024];
		tooLarge[0] = '%';
		this.mvc
			.perform(multipart("/mallar").file(new MockMultipartFile("file", "stor.pdf", "application/pdf", tooLarge))
				.param("title", "Stor")
				.param("category", "Övrigt")
				.with(as("forvaltare")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Filen är för stor: högst 10 MB.")));
		this.mvc
			.perform(multipart("/mallar")
				.file(new MockMultipartFile("file", "bild.png", "image/png", "inte en bild".getBytes()))
				.param("title", "Bild")
				.param("category", "Övrigt")
				.with(as("forvaltare")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("stämmer inte med filtypen image/png")));
	}

	@Test
	void unknownSnapshotsAndTemplatesAreNotFound() throws Exception {
		this.mvc.perform(get("/mallar/ogonblicksbilder/999999").with(as("forvaltare"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/mallar/999999").with(as("forvaltare"))).andExpect(status().isNotFound());
	}

}
