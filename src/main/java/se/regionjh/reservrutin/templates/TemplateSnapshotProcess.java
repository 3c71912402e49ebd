package se.regionjh.reservrutin.templates;

/**
 * The ids of processes/TemplateSnapshotProcess.bpmn that Java code refers to:
 * element ids and variable names. The process has no messages: a timer starts it.
 */
public final class TemplateSnapshotProcess {

	public static final String KEY = "TemplateSnapshotProcess";

	/** The Spring bean the start timer's time cycle calls. */
	public static final String SCHEDULE_BEAN = "templateSnapshotSchedule";

	private TemplateSnapshotProcess() {
	}

	/** BPMN element ids. */
	public static final class Elements {

		public static final String SNAPSHOT_DUE = "StartEvent_SnapshotDue";

		public static final String SAVE_COPIES = "Task_SaveTemplateCopies";

		public static final String FREEZE = "Task_FreezeSnapshot";

		public static final String SNAPSHOT_SAVED = "EndEvent_SnapshotSaved";

		private Elements() {
		}

	}

	/** Process variables. */
	public static final class Vars {

		/** Shown in the task: Swedish date of the previous snapshot, or "ingen tidigare". */
		public static final String PREVIOUS_SNAPSHOT_AT = "previousSnapshotAt";

		/** Shown in the task: templates added or changed since the previous snapshot. */
		public static final String TEMPLATES_CHANGED = "templatesChangedSince";

		/** Shown in the task: templates in the archive now. */
		public static final String TEMPLATE_COUNT = "templateCount";

		/** Management's optional note on the snapshot. */
		public static final String SNAPSHOT_NOTE = "snapshotNote";

		/** Who completed the task (set by the actors bean). */
		public static final String SAVED_BY = "savedBy";

		/** Id of the frozen snapshot (Long). */
		public static final String SNAPSHOT_ID = "snapshotId";

		private Vars() {
		}

	}

}
