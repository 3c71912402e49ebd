package se.regionjh.reservrutin.support;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;

/**
 * Acts as a user the way Tasklist does: with the user's groups. With
 * authorization on, a bare user id has none of its groups' rights.
 */
public final class Users {

	private Users() {
	}

	public static void authenticate(IdentityService identityService, String userId) {
		List<String> groups = identityService.createGroupQuery()
			.groupMember(userId)
			.listPage(0, 100)
			.stream()
			.map(Group::getId)
			.toList();
		identityService.setAuthentication(userId, groups);
	}

	/** Completes the task as that user would in Tasklist, signed in with the user's groups. */
	public static void complete(ProcessEngine engine, String userId, String taskId, Map<String, Object> variables) {
		authenticate(engine.getIdentityService(), userId);
		try {
			engine.getTaskService().complete(taskId, variables);
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
	}

}
