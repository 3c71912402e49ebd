package se.regionjh.reservrutin.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import se.regionjh.reservrutin.system.CachedBodyRequest;

/**
 * The one rule for every variable written from outside (issue 11), on
 * the engine REST API and on the webapps' copy of it:
 * <ul>
 * <li>Completing or submitting a task, or starting a process, may set only the
 * fields its deployed Camunda Form declares. Fields the form shows read-only or
 * disabled, and the variables each process sets itself ({@link SystemVariables}), may
 * only be sent back with their current value (Tasklist sends read-only fields).</li>
 * <li>Every other variable write (variables endpoints, message correlation,
 * signals, modifications, ...) is for administrators (camunda-admin) only.</li>
 * <li>Serialized Java objects and XML are refused for everyone.</li>
 * </ul>
 * Refusals are a Swedish 400 naming the fields.
 */
class VariableWriteGuardFilter extends OncePerRequestFilter {

	/** Body fields that carry variables to be written (maps of name to value). */
	private static final Set<String> WRITE_MAPS = Set.of("variables", "processVariables", "processVariablesLocal",
			"processVariablesToTriggeredScope", "localVariables", "modifications");

	static final Set<String> REFUSED_TYPES = Set.of("object", "xml");

	static final String REFUSED_TYPES_TEXT = "Variabler av typen Object (serialiserade Java-objekt) eller Xml "
			+ "tas inte emot: ";

	private static final Logger log = LoggerFactory.getLogger(VariableWriteGuardFilter.class);

	private static final Pattern TASK_FORM = Pattern.compile("^/task/([^/]+)/(?:complete|submit-form|resolve)/?$");

	private static final Pattern START_FORM = Pattern
		.compile("^/process-definition/(?:key/([^/]+)(?:/tenant-id/([^/]+))?|([^/]+))/(?:start|submit-form)/?$");

	private static final Pattern VARIABLE_PATH = Pattern.compile("^/.+/(?:variables|localVariables)(?:/([^/]+).*)?/?$");

	private final ObjectMapper json = new ObjectMapper();

	private final ExpressionGuardFilter.AdminCheck adminCheck;

	private final TaskService taskService;

	private final FormService formService;

	private final RepositoryService repositoryService;

	private final IdentityService identityService;

	/** Never set from outside: which outage, unit, round, report and person a process is about. */
	private final Set<String> systemVariables;

	VariableWriteGuardFilter(ExpressionGuardFilter.AdminCheck adminCheck, TaskService taskService,
			FormService formService, RepositoryService repositoryService, IdentityService identityService,
			Set<String> systemVariables) {
		this.systemVariables = Set.copyOf(systemVariables);
		this.adminCheck = adminCheck;
		this.taskService = taskService;
		this.formService = formService;
		this.repositoryService = repositoryService;
		this.identityService = identityService;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String method = request.getMethod();
		EngineRequestPath path = EngineRequestPath.of(request).orElse(null);
		if (path == null || "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
			chain.doFilter(request, response);
			return;
		}
		String engine = path.engine();
		String resource = path.resource();
		boolean admin = this.adminCheck.isAdmin(request, engine);
		Matcher variablePath = VARIABLE_PATH.matcher(resource);
		if (!admin && variablePath.matches()) {
			String name = (variablePath.group(1) != null) ? variablePath.group(1) : "variabler";
			refuse(request, response, List.of(name));
			return;
		}
		String contentType = request.getContentType();
		if (contentType != null && !contentType.toLowerCase().contains("json")) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(ExpressionGuardFilter.MAX_BODY_BYTES + 1);
		if (body.length > ExpressionGuardFilter.MAX_BODY_BYTES) {
			ProblemResponses.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "För stor förfrågan",
					"Förfrågan är för stor.");
			return;
		}
		HttpServletRequest replayed = new CachedBodyRequest(request, body);
		if (body.length == 0) {
			chain.doFilter(replayed, response);
			return;
		}
		JsonNode tree;
		try {
			tree = this.json.readTree(new String(body, StandardCharsets.UTF_8));
		}
		catch (JacksonException ex) {
			ProblemResponses.write(response, HttpServletResponse.SC_BAD_REQUEST, "Ogiltig förfrågan",
					"Förfrågan är inte giltig JSON.");
			return;
		}
		List<String> serialized = new ArrayList<>();
		collectRefusedTypes(tree, serialized);
		if (!serialized.isEmpty()) {
			ProblemResponses.write(response, HttpServletResponse.SC_BAD_REQUEST, "Variabeltypen stöds inte",
					REFUSED_TYPES_TEXT + String.join(", ", serialized) + ".");
			return;
		}
		if (admin) {
			chain.doFilter(replayed, response);
			return;
		}
		Matcher task = TASK_FORM.matcher(resource);
		Matcher start = START_FORM.matcher(resource);
		List<String> refused;
		if ("POST".equals(method) && task.matches()) {
			refused = refusedForTask(task.group(1), tree);
		}
		else if ("POST".equals(method) && start.matches()) {
			refused = refusedForStart(start.group(1), start.group(2), start.group(3), tree);
		}
		else {
			refused = new ArrayList<>(writtenVariables(tree));
		}
		if (refused == null) {
			// Unknown task or process: the engine answers as it would.
			chain.doFilter(replayed, response);
			return;
		}
		if (!refused.isEmpty()) {
			refuse(request, response, refused);
			return;
		}
		chain.doFilter(replayed, response);
	}

	/** Null when the task does not exist. */
	private List<String> refusedForTask(String taskId, JsonNode body) {
		return withoutAuthentication(() -> {
			Task task = this.taskService.createTaskQuery().taskId(taskId).singleResult();
			if (task == null) {
				return null;
			}
			FormFields form = formFields(() -> this.formService.getDeployedTaskForm(taskId));
			return refusedSubmission(body, form, (name) -> this.taskService.getVariable(taskId, name));
		});
	}

	private List<String> refusedForStart(String key, String tenantId, String id, JsonNode body) {
		return withoutAuthentication(() -> {
			ProcessDefinition definition;
			if (id != null) {
				definition = this.repositoryService.createProcessDefinitionQuery()
					.processDefinitionId(id)
					.singleResult();
			}
			else {
				ProcessDefinitionQuery query = this.repositoryService.createProcessDefinitionQuery()
					.processDefinitionKey(key)
					.latestVersion();
				query = (tenantId != null) ? query.tenantIdIn(tenantId) : query.withoutTenantId();
				definition = query.singleResult();
			}
			if (definition == null) {
				return null;
			}
			List<String> refused = new ArrayList<>();
			if (body.has("startInstructions")) {
				refused.add("startInstructions");
			}
			FormFields form = formFields(() -> this.formService.getDeployedStartForm(definition.getId()));
			refused.addAll(refusedSubmission(body, form, (name) -> null));
			return refused;
		});
	}

	private List<String> refusedSubmission(JsonNode body, FormFields form, CurrentValue current) {
		Set<String> refused = new LinkedHashSet<>();
		for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext();) {
			Map.Entry<String, JsonNode> field = fields.next();
			if (!"variables".equals(field.getKey()) && WRITE_MAPS.contains(field.getKey())
					&& isNonEmpty(field.getValue())) {
				refused.addAll(names(field.getValue()));
			}
		}
		JsonNode variables = body.get("variables");
		if (variables != null && variables.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> entries = variables.fields(); entries.hasNext();) {
				Map.Entry<String, JsonNode> entry = entries.next();
				String name = entry.getKey();
				if (!form.declared().contains(name)) {
					refused.add(name);
				}
				else if ((this.systemVariables.contains(name) || form.displayOnly().contains(name))
						&& !sameValue(entry.getValue(), current.of(name))) {
					refused.add(name);
				}
			}
		}
		return new ArrayList<>(refused);
	}

	private boolean sameValue(JsonNode submitted, Object current) {
		JsonNode value = (submitted != null && submitted.isObject()) ? submitted.get("value") : submitted;
		if (value == null || value.isNull()) {
			return current == null;
		}
		if (current == null) {
			return false;
		}
		if (current instanceof Number number && value.isNumber()) {
			return value.decimalValue().compareTo(new java.math.BigDecimal(number.toString())) == 0;
		}
		String text = value.isTextual() ? value.textValue() : value.toString();
		if (text.equals(current.toString())) {
			return true;
		}
		try {
			return this.json.readTree(text).equals(this.json.readTree(current.toString()));
		}
		catch (JacksonException ex) {
			return false;
		}
	}

	private FormFields formFields(FormSource source) {
		try (InputStream form = source.open()) {
			return FormFields.of(this.json.readTree(form));
		}
		catch (ProcessEngineException | IOException ex) {
			// No form (or none deployed): nothing may be set.
			return FormFields.NONE;
		}
	}

	private <T> T withoutAuthentication(java.util.function.Supplier<T> lookup) {
		Authentication caller = this.identityService.getCurrentAuthentication();
		this.identityService.clearAuthentication();
		try {
			return lookup.get();
		}
		finally {
			if (caller != null) {
				this.identityService.setAuthentication(caller);
			}
		}
	}

	/** Names of the variables a request body would write, at any depth. */
	static Set<String> writtenVariables(JsonNode node) {
		Set<String> names = new LinkedHashSet<>();
		collectWritten(node, names);
		return names;
	}

	private static void collectWritten(JsonNode node, Set<String> names) {
		if (node.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
				Map.Entry<String, JsonNode> field = fields.next();
				if (WRITE_MAPS.contains(field.getKey()) && isNonEmpty(field.getValue())) {
					names.addAll(names(field.getValue()));
				}
				else if ("deletions".equals(field.getKey()) && field.getValue().isArray()) {
					field.getValue().forEach((name) -> names.add(name.asText()));
				}
				else {
					collectWritten(field.getValue(), names);
				}
			}
		}
		else if (node.isArray()) {
			node.forEach((element) -> collectWritten(element, names));
		}
	}

	/** Query bodies name variables in arrays of conditions; only maps write. */
	private static boolean isNonEmpty(JsonNode node) {
		return node.isObject() && node.size() > 0;
	}

	private static List<String> names(JsonNode map) {
		List<String> names = new ArrayList<>();
		map.fieldNames().forEachRemaining(names::add);
		return names;
	}

	private static void collectRefusedTypes(JsonNode node, List<String> found) {
		if (node.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
				Map.Entry<String, JsonNode> field = fields.next();
				JsonNode value = field.getValue();
				if (value.isObject() && value.path("type").isTextual()
						&& REFUSED_TYPES.contains(value.path("type").textValue().toLowerCase())) {
					found.add(field.getKey());
				}
				else {
					collectRefusedTypes(value, found);
				}
			}
			if (node.path("type").isTextual() && REFUSED_TYPES.contains(node.path("type").textValue().toLowerCase())
					&& node.has("value") && found.isEmpty()) {
				found.add("value");
			}
		}
		else if (node.isArray()) {
			node.forEach((element) -> collectRefusedTypes(element, found));
		}
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, List<String> fields)
			throws IOException {
		log.warn("Refused variables {} from {} on {} {}", fields,
				(request.getUserPrincipal() != null) ? request.getUserPrincipal().getName() : "(webapp session)",
				request.getMethod(), request.getRequestURI());
		ProblemResponses.write(response, HttpServletResponse.SC_BAD_REQUEST, "Fält som inte får ändras",
				"Följande fält får inte sättas här: " + String.join(", ", fields)
						+ ". Bara fälten i uppgiftens formulär kan skickas in.");
	}

	private interface FormSource {

		InputStream open() throws IOException;

	}

	private interface CurrentValue {

		Object of(String name);

	}

	/** The top-level variables a Camunda Form submits, and which of them it only shows. */
	record FormFields(Set<String> declared, Set<String> displayOnly) {

		static final FormFields NONE = new FormFields(Set.of(), Set.of());

		static FormFields of(JsonNode schema) {
			Set<String> declared = new LinkedHashSet<>();
			Set<String> displayOnly = new LinkedHashSet<>();
			collect(schema, declared, displayOnly);
			return new FormFields(declared, displayOnly);
		}

		private static void collect(JsonNode container, Set<String> declared, Set<String> displayOnly) {
			for (JsonNode component : container.path("components")) {
				String path = component.path("path").asText("");
				String key = component.path("key").asText("");
				// A group or dynamic list with a path submits one object under its first segment.
				String name = !path.isEmpty() ? path.split("\\.")[0] : (!key.isEmpty() ? key.split("\\.")[0] : null);
				if (name != null) {
					declared.add(name);
					if (component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false)) {
						displayOnly.add(name);
					}
				}
				if (path.isEmpty()) {
					collect(component, declared, displayOnly);
				}
			}
		}

	}

}
