package se.regionjh.reservrutin.templates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionjh.reservrutin.templates.TemplateDraft.UploadedFile;

import static se.regionjh.reservrutin.system.Times.now;
import static se.regionjh.reservrutin.system.Times.utc;
import static se.regionjh.reservrutin.system.Times.instant;

/**
 * The versioned archive of centrally administered citizen-case templates
 * (R4, R17). Every edit writes a new version; a snapshot names the versions
 * that were current when it was frozen, so nothing written later changes it.
 * Time comes from Camunda's clock so process tests can move it.
 */
@Service
@Transactional
public class TemplateArchive {

	private static final String VERSION_COLUMNS = "v.template_id, v.id as version_id, v.version, v.title, v.category, "
			+ "v.body, v.file_name, v.file_type, v.file_size, v.created_at, v.created_by";

	/** The newest version of each template. */
	private static final String CURRENT = "select " + VERSION_COLUMNS + " from template_version v "
			+ "where v.version = (select max(w.version) from template_version w where w.template_id = v.template_id)";

	private final JdbcClient jdbc;

	private final TemplateFiles files;

	TemplateArchive(JdbcClient jdbc, TemplateFiles files) {
		this.jdbc = jdbc;
		this.files = files;
	}

	// --- Templates ---------------------------------------------------------------

	public Template add(TemplateDraft draft, String actor) {
		validate(draft);
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into template (created_at) values (:now)").param("now", utc(now())).update(keys, "id");
		long id = keys.getKey().longValue();
		writeVersion(id, 1, draft, draft.file(), actor);
		return require(id);
	}

	/** A new version; without a new file the previous version's file is kept. */
	public Template update(long templateId, TemplateDraft draft, String actor) {
		Template current = require(templateId);
		UploadedFile file = draft.file();
		if (file == null && current.hasFile()) {
			file = file(current.versionId()).orElse(null);
		}
		validate(new TemplateDraft(draft.title(), draft.category(), draft.body(), file));
		writeVersion(templateId, current.version() + 1, draft, file, actor);
		return require(templateId);
	}

	public List<Template> current() {
		return this.jdbc.sql(CURRENT + " order by lower(v.category), lower(v.title), v.template_id")
			.query(TemplateArchive::template)
			.list();
	}

	public Optional<Template> find(long templateId) {
		return this.jdbc.sql(CURRENT + " and v.template_id = :id")
			.param("id", templateId)
			.query(TemplateArchive::template)
			.optional();
	}

	public Template require(long templateId) {
		return find(templateId).orElseThrow(() -> new TemplateNotFoundException("Mallen finns inte: " + templateId));
	}

	/** Every version of a template, newest first. */
	public List<Template> versions(long templateId) {
		return this.jdbc.sql("select " + VERSION_COLUMNS + " from template_version v where v.template_id = :id "
				+ "order by v.version desc")
			.param("id", templateId)
			.query(TemplateArchive::template)
			.list();
	}

	/** The file stored with one template version. */
	public Optional<UploadedFile> file(long versionId) {
		return this.jdbc.sql("select file_name, file_type, file_data from template_version "
				+ "where id = :id and file_name is not null")
			.param("id", versionId)
			.query((rs, row) -> new UploadedFile(rs.getString("file_name"), rs.getString("file_type"),
					rs.getBytes("file_data")))
			.optional();
	}

	/** Templates added or changed after {@code since}; all of them when there is no since. */
	public int changedSince(Instant since) {
		if (since == null) {
			return this.jdbc.sql("select count(*) from template").query(Integer.class).single();
		}
		return this.jdbc.sql("select count(distinct template_id) from template_version where created_at > :since")
			.param("since", utc(since))
			.query(Integer.class)
			.single();
	}

	// --- Snapshots ---------------------------------------------------------------

	/**
	 * Freezes the current versions as a dated snapshot. A retried process step
	 * gets the snapshot it froze the first time.
	 */
	public TemplateSnapshot freeze(String actor, String note, String processInstanceId) {
		if (processInstanceId != null) {
			Optional<TemplateSnapshot> frozen = this.jdbc
				.sql(snapshotQuery("where s.process_instance_id = :pid"))
				.param("pid", processInstanceId)
				.query(TemplateArchive::snapshot)
				.optional();
			if (frozen.isPresent()) {
				return frozen.get();
			}
		}
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into template_snapshot (taken_at, taken_by, note, process_instance_id) "
				+ "values (:now, :actor, :note, :pid)")
			.param("now", utc(now()))
			.param("actor", actor)
			.param("note", note)
			.param("pid", processInstanceId)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		this.jdbc.sql("insert into template_snapshot_item (snapshot_id, template_version_id) select :id, v.version_id "
				+ "from (" + CURRENT + ") v")
			.param("id", id)
			.update();
		return snapshot(id).orElseThrow();
	}

	public List<TemplateSnapshot> snapshots() {
		return this.jdbc.sql(snapshotQuery("") + " order by s.taken_at desc, s.id desc")
			.query(TemplateArchive::snapshot)
			.list();
	}

	public Optional<TemplateSnapshot> snapshot(long snapshotId) {
		return this.jdbc.sql(snapshotQuery("where s.id = :id"))
			.param("id", snapshotId)
			.query(TemplateArchive::snapshot)
			.optional();
	}

	public Optional<TemplateSnapshot> latestSnapshot() {
		return snapshots().stream().findFirst();
	}

	/** The template versions a snapshot holds, in reading order. */
	public List<Template> contents(long snapshotId) {
		return this.jdbc.sql("select " + VERSION_COLUMNS + " from template_snapshot_item i "
				+ "join template_version v on v.id = i.template_version_id where i.snapshot_id = :id "
				+ "order by lower(v.category), lower(v.title), v.template_id")
			.param("id", snapshotId)
			.query(TemplateArchive::template)
			.list();
	}

	// --- Internals ---------------------------------------------------------------

	private void validate(TemplateDraft draft) {
		List<String> errors = new ArrayList<>();
		if (isBlank(draft.title())) {
			errors.add("Ange en rubrik.");
		}
		else if (draft.title().length() > 200) {
			errors.add("Rubriken får vara högst 200 tecken.");
		}
		if (isBlank(draft.category())) {
			errors.add("Ange en kategori.");
		}
		else if (draft.category().length() > 100) {
			errors.add("Kategorin får vara högst 100 tecken.");
		}
		if (isBlank(draft.body()) && draft.file() == null) {
			errors.add("Skriv mallens text eller bifoga en fil.");
		}
		if (draft.file() != null) {
			errors.addAll(this.files.problems(draft.file()));
		}
		if (!errors.isEmpty()) {
			throw new InvalidTemplateException(errors);
		}
	}

	private void writeVersion(long templateId, int version, TemplateDraft draft, UploadedFile file, String actor) {
		this.jdbc.sql("insert into template_version (template_id, version, title, category, body, file_name, "
				+ "file_type, file_size, file_data, created_at, created_by) values (:templateId, :version, :title, "
				+ ":category, :body, :fileName, :fileType, :fileSize, :fileData, :now, :actor)")
			.param("templateId", templateId)
			.param("version", version)
			.param("title", draft.title().trim())
			.param("category", draft.category().trim())
			.param("body", isBlank(draft.body()) ? null : draft.body().strip())
			.param("fileName", (file != null) ? file.name() : null)
			.param("fileType", (file != null) ? file.contentType() : null)
			.param("fileSize", (file != null) ? (long) file.content().length : null)
			.param("fileData", (file != null) ? file.content() : null)
			.param("now", utc(now()))
			.param("actor", actor)
			.update();
	}

	private static String snapshotQuery(String where) {
		return "select s.id, s.taken_at, s.taken_by, s.note, "
				+ "(select count(*) from template_snapshot_item i where i.snapshot_id = s.id) as template_count "
				+ "from template_snapshot s " + where;
	}

	private static Template template(ResultSet rs, int row) throws SQLException {
		long size = rs.getLong("file_size");
		Long fileSize = rs.wasNull() ? null : size;
		return new Template(rs.getLong("template_id"), rs.getLong("version_id"), rs.getInt("version"),
				rs.getString("title"), rs.getString("category"), rs.getString("body"), rs.getString("file_name"),
				rs.getString("file_type"), fileSize, instant(rs, "created_at"),
				rs.getString("created_by"));
	}

	private static TemplateSnapshot snapshot(ResultSet rs, int row) throws SQLException {
		return new TemplateSnapshot(rs.getLong("id"), instant(rs, "taken_at"), rs.getString("taken_by"),
				rs.getString("note"), rs.getInt("template_count"));
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
