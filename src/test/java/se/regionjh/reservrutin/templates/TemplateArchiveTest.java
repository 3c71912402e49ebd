package se.regionjh.reservrutin.templates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.regionjh.reservrutin.support.IntegrationTest;
import se.regionjh.reservrutin.templates.TemplateDraft.UploadedFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class TemplateArchiveTest {

	@Autowired
	TemplateArchive archive;

	@Autowired
	SnapshotPdf pdf;

	@Test
	void aFrozenSnapshotKeepsItsVersionsAfterALaterEditAndPrintsThemWithSwedishLetters() throws IOException {
		Template recall = this.archive.add(new TemplateDraft("Kallelse till årskontroll", "Kallelser",
				"Hej! Det är dags för din årliga kontroll på vårdcentralen. Ring oss för att boka tid.", null),
				"forvaltare");
		Template answer = this.archive.add(new TemplateDraft("Svar på provsvar", "Provsvar",
				"Dina provsvar är klara och visar inga avvikelser. Hör av dig om du undrar över något.",
				new UploadedFile("bilaga.pdf", "application/pdf", onePagePdf("Bilagans text: söndag"))), "forvaltare");

		TemplateSnapshot snapshot = this.archive.freeze("forvaltare", "Utskriven och förvarad i pärmen", null);
		this.archive.update(recall.id(), new TemplateDraft("Kallelse till årskontroll", "Kallelser",
				"Ny text efter kopian.", null), "forvaltare");

		assertThat(this.archive.require(recall.id()).version()).isEqualTo(2);
		assertThat(this.archive.contents(snapshot.id())).filteredOn((t) -> t.id() == recall.id())
			.singleElement()
			.satisfies((frozen) -> {
				assertThat(frozen.version()).isEqualTo(1);
				assertThat(frozen.body()).startsWith("Hej! Det är dags");
			});

		String text = pdfText(this.pdf.render(snapshot));
		assertThat(text).contains("Kopior av centralt administrerade mallar för invånarärenden")
			.contains("Kallelse till årskontroll")
			.contains("Det är dags för din årliga kontroll på vårdcentralen")
			.contains("Dina provsvar är klara och visar inga avvikelser")
			.contains("Bilagans text: söndag")
			.doesNotContain("Ny text efter kopian");
		assertThat(this.archive.require(answer.id()).fileName()).isEqualTo("bilaga.pdf");
	}

	@Test
	void anUpdateWithoutANewFileKeepsTheFile() {
		Template template = this.archive.add(new TemplateDraft("Egenvårdsråd", "Egenvård", null,
				new UploadedFile("råd.txt", "text/plain", "Drick mycket vatten.".getBytes())), "forvaltare");

		Template updated = this.archive.update(template.id(),
				new TemplateDraft("Egenvårdsråd vid feber", "Egenvård", null, null), "forvaltare");

		assertThat(updated.version()).isEqualTo(2);
		assertThat(this.archive.file(updated.versionId())).get()
			.satisfies((file) -> assertThat(new String(file.content())).isEqualTo("Drick mycket vatten."));
	}

	@Test
	void refusesFilesOfOtherTypesOrWhoseContentDoesNotMatchTheType() {
		assertThatThrownBy(() -> this.archive.add(new TemplateDraft("Program", "Övrigt", null,
				new UploadedFile("setup.exe", "application/x-msdownload", new byte[] { 'M', 'Z' })), "forvaltare"))
			.isInstanceOf(InvalidTemplateException.class)
			.hasMessageContaining("tas inte emot");
		assertThatThrownBy(() -> this.archive.add(new TemplateDraft("Falsk PDF", "Övrigt", null,
				new UploadedFile("falsk.pdf", "application/pdf", "<html>".getBytes())), "forvaltare"))
			.isInstanceOf(InvalidTemplateException.class)
			.hasMessageContaining("stämmer inte");
		assertThatThrownBy(() -> this.archive.add(new TemplateDraft(" ", "", null, null), "forvaltare"))
			.isInstanceOf(InvalidTemplateException.class)
			.hasMessageContaining("Ange en rubrik.")
			.hasMessageContaining("Ange en kategori.")
			.hasMessageContaining("Skriv mallens text eller bifoga en fil.");
	}

	static String pdfText(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		PdfTextExtractor extractor = new PdfTextExtractor(reader);
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(extractor.getTextFromPage(page)).append('\n');
		}
		return text.toString();
	}

	static byte[] onePagePdf(String text) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(new Paragraph(text));
		document.close();
		return out.toByteArray();
	}

}
