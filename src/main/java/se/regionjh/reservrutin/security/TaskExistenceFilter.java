package se.regionjh.reservrutin.security;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

import se.regionjh.reservrutin.security.EngineClientErrors.Problem;

/**
 * A task that was completed or removed (by a colleague, by the process) is
 * answered 404 on every call about it, on the engine REST API and on Tasklist's
 * copy of it. Without this the engine's resources dereference the missing task
 * and answer 500 (claim, complete, submit-form, deployed-form) or 400 in English
 * (form, form-variables) (issue 11).
 */
class TaskExistenceFilter extends OncePerRequestFilter {

	static final Problem GONE = new Problem(HttpServletResponse.SC_NOT_FOUND, "Uppgiften finns inte",
			"Uppgiften finns inte längre: den kan redan vara slutförd eller borttagen. Ladda om uppgiftslistan.");

	static final Problem CLAIMED = new Problem(HttpServletResponse.SC_CONFLICT, "Uppgiften är redan tagen",
			"Uppgiften har redan tagits av någon annan. Ladda om uppgiftslistan.");

	private static final Pattern TASK = Pattern.compile("^/task/([^/]+)(?:/.*)?$");

	/** Paths under /task that name no task. */
	private static final Set<String> NOT_IDS = Set.of("count", "create", "report");

	private final TaskService taskService;

	private final IdentityService identityService;

	TaskExistenceFilter(TaskService taskService, IdentityService identityService) {
		this.taskService = taskService;
		this.identityService = identityService;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher task = EngineRequestPath.of(request)
			.map((path) -> TASK.matcher(path.resource()))
			.filter(Matcher::matches)
			.orElse(null);
		if (task == null || NOT_IDS.contains(task.group(1)) || exists(task.group(1))) {
			chain.doFilter(request, response);
			return;
		}
		ProblemResponses.write(response, GONE.status(), GONE.title(), GONE.detail());
	}

	/** Whether the task exists at all; whether the caller may see it is the engine's to answer. */
	private boolean exists(String taskId) {
		Authentication caller = this.identityService.getCurrentAuthentication();
		this.identityService.clearAuthentication();
		try {
			return this.taskService.createTaskQuery().taskId(taskId).count() > 0;
		}
		finally {
			if (caller != null) {
				this.identityService.setAuthentication(caller);
			}
		}
	}

}
