package se.regionjh.reservrutin.templates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfImportedPage;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.regionjh.reservrutin.templates.TemplateDraft.UploadedFile;
import se.regionjh.reservrutin.system.SwedishTime;

/**
 * One printable PDF of a snapshot: every template's text, uploaded images and
 * the pages of uploaded PDFs, so the copies exist on paper when the systems do
 * not (R4, R17). The font is the LiberationSans that OpenPDF ships, embedded,
 * so å, ä and ö print on any machine.
 */
@Component
class SnapshotPdf {

	static final String FONT_RESOURCE = "font-fallback/LiberationSans-Regular.ttf";

	private static final Logger log = LoggerFactory.getLogger(SnapshotPdf.class);

	private final TemplateArchive archive;

	private final BaseFont baseFont;

	SnapshotPdf(TemplateArchive archive) {
		this.archive = archive;
		this.baseFont = loadFont();
	}

	byte[] render(TemplateSnapshot snapshot) {
		List<Template> templates = this.archive.contents(snapshot.id());
		Font title = new Font(this.baseFont, 18);
		Font heading = new Font(this.baseFont, 14);
		Font text = new Font(this.baseFont, 11);
		Font small = new Font(this.baseFont, 9);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 56, 56, 56, 56);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.addTitle("Kopior av mallar för invånarärenden " + SwedishTime.WRITTEN.format(snapshot.takenAt()));
		HeaderFooter footer = new HeaderFooter(new Phrase("Kopior av mallar, sparade "
				+ SwedishTime.WRITTEN.format(snapshot.takenAt()) + " – sida ", small), true);
		footer.setBorder(Rectangle.NO_BORDER);
		footer.setAlignment(Element.ALIGN_CENTER);
		document.setFooter(footer);
		document.open();
		writer.getExtraCatalog().put(PdfName.LANG, new PdfString("sv-SE"));
		document.add(new Paragraph("Kopior av centralt administrerade mallar för invånarärenden", title));
		document.add(new Paragraph("Sparade " + SwedishTime.WRITTEN.format(snapshot.takenAt())
				+ ((snapshot.takenBy() != null) ? " av " + snapshot.takenBy() : "") + ". " + templates.size()
				+ (templates.size() == 1 ? " mall." : " mallar."), text));
		if (snapshot.note() != null) {
			document.add(new Paragraph(snapshot.note(), text));
		}
		document.add(new Paragraph("Innehåll", heading));
		for (Template template : templates) {
			document.add(new Paragraph("• " + template.category() + ": " + template.title(), text));
		}
		for (Template template : templates) {
			document.newPage();
			document.add(new Paragraph(template.title(), heading));
			document.add(new Paragraph("Kategori: " + template.category() + " · version " + template.version()
					+ " · " + SwedishTime.WRITTEN.format(template.createdAt()), small));
			document.add(Chunk.NEWLINE);
			if (template.body() != null) {
				for (String paragraph : template.body().split("\\R\\s*\\R")) {
					Paragraph p = new Paragraph(paragraph.strip(), text);
					p.setSpacingAfter(6);
					document.add(p);
				}
			}
			if (template.hasFile()) {
				addFile(document, writer, template, small);
			}
		}
		document.close();
		return out.toByteArray();
	}

	private void addFile(Document document, PdfWriter writer, Template template, Font small) {
		UploadedFile file = this.archive.file(template.versionId()).orElse(null);
		if (file == null) {
			return;
		}
		document.add(new Paragraph("Bifogad fil: " + file.name(), small));
		try {
			switch (TemplateFiles.normalized(file.contentType())) {
				case "image/png", "image/jpeg" -> {
					Image image = Image.getInstance(file.content());
					image.scaleToFit(document.right() - document.left(), 600);
					document.add(image);
				}
				case "application/pdf" -> {
					PdfReader reader = new PdfReader(file.content());
					for (int page = 1; page <= reader.getNumberOfPages(); page++) {
						document.newPage();
						PdfImportedPage imported = writer.getImportedPage(reader, page);
						Image image = Image.getInstance(imported);
						image.scaleToFit(document.right() - document.left(), document.top() - document.bottom());
						document.add(image);
					}
				}
				default -> document.add(new Paragraph(
						"Filen kan inte skrivas ut här; hämta den från mallarkivet i förväg.", small));
			}
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Cannot include file of template version {} in the PDF", template.versionId(), ex);
			document.add(new Paragraph("Filen kunde inte läggas in i utskriften; hämta den från mallarkivet.", small));
		}
	}

	private static BaseFont loadFont() {
		try (InputStream in = SnapshotPdf.class.getClassLoader().getResourceAsStream(FONT_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Font " + FONT_RESOURCE + " is missing from the classpath");
			}
			return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
					in.readAllBytes(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
