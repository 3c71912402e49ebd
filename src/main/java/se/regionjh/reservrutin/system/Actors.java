package se.regionjh.reservrutin.system;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Remembers who completed a user task, for the journal entry that the next
 * (asynchronous) service task writes. Used as a task listener expression:
 * {@code ${actors.capture(task, 'assessedBy')}}.
 */
@Component("actors")
public class Actors {

	private final IdentityService identityService;

	Actors(IdentityService identityService) {
		this.identityService = identityService;
	}

	/** Stores the user on the process instance's scope that holds the variable. */
	public void capture(DelegateTask task, String variable) {
		task.getExecution().setVariable(variable, current(task));
	}

	/** The user completing the task: the authenticated user, else the assignee. */
	public String currentUser(DelegateTask task) {
		return current(task);
	}

	private String current(DelegateTask task) {
		Authentication authentication = this.identityService.getCurrentAuthentication();
		if (authentication != null && authentication.getUserId() != null) {
			return authentication.getUserId();
		}
		return task.getAssignee();
	}

}
