package se.regionjh.reservrutin.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters. Each names the user's candidate groups: with
 * authorization on, an unfiltered task query joins every open task against the
 * authorization table and gets slow as open tasks grow (see docs/benchmarks.md).
 */
@Component
@Order(20)
class TasklistFilters implements ApplicationRunner {

	static final String MY_TASKS = "Mina uppgifter";

	static final String MY_GROUP_TASKS = "Min grupps uppgifter";

	static final String OVERDUE = "Försenade";

	private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

	private final FilterService filterService;

	private final TaskService taskService;

	private final AuthorizationService authorizationService;

	TasklistFilters(FilterService filterService, TaskService taskService,
			AuthorizationService authorizationService) {
		this.filterService = filterService;
		this.taskService = taskService;
		this.authorizationService = authorizationService;
	}

	@Override
	public void run(ApplicationArguments args) {
		ensure(MY_TASKS, -10, "Uppgifter som är tilldelade dig",
				this.taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
		ensure(MY_GROUP_TASKS, -5, "Uppgifter för dina grupper, tilldelade eller inte",
				this.taskService.createTaskQuery()
					.taskCandidateGroupInExpression("${currentUserGroups()}")
					.includeAssignedTasks());
		ensure(OVERDUE, 0, "Dina gruppers uppgifter som passerat förfallotiden",
				this.taskService.createTaskQuery()
					.taskCandidateGroupInExpression("${currentUserGroups()}")
					.includeAssignedTasks()
					.dueBeforeExpression("${now()}"));
	}

	private void ensure(String name, int priority, String description, TaskQuery query) {
		if (this.filterService.createFilterQuery().filterName(name).count() > 0) {
			return;
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("description", description);
		properties.put("priority", priority);
		properties.put("refresh", true);
		properties.put("variables", List.of(Map.of("name", "outageReference", "label", "Driftstörning"),
				Map.of("name", "unitName", "label", "Enhet")));
		Filter filter = this.filterService.newTaskFilter(name).setProperties(properties).setQuery(query);
		this.filterService.saveFilter(filter);
		Authorization readable = this.authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
		readable.setResource(Resources.FILTER);
		readable.setResourceId(filter.getId());
		readable.addPermission(Permissions.READ);
		this.authorizationService.saveAuthorization(readable);
		log.info("Created Tasklist filter '{}'", name);
	}

}
