package se.regionjh.reservrutin.security;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.regionjh.reservrutin.security.ProcessStarters.Starters;
import se.regionjh.reservrutin.units.Groups;
import se.regionjh.reservrutin.units.Unit;
import se.regionjh.reservrutin.units.UnitRegistry;

/**
 * Grants what each group may do, on every start and idempotently (after the
 * groups exist, before the Tasklist filters are made). Only grants: revokes are
 * not checked (authorizationCheckRevokes=never).
 * <ul>
 * <li>Management ({@code forvaltning}) reads and works all process definitions,
 * instances, tasks and their history.</li>
 * <li>A unit's groups may open Tasklist, start the processes the features
 * declare for them ({@link ProcessStarters}: a fault report for staff and
 * managers, a deficiency report for managers) and read their own group. Their tasks become visible through the engine's default task
 * permissions: a task's candidate group gets READ and TASK_WORK on that task
 * when the task is created (defaultUserPermissionNameForTask).</li>
 * <li>Deploying, authorizations and users stay with {@code camunda-admin}, which
 * the Camunda starter grants ALL on every resource.</li>
 * </ul>
 */
@Component
@Order(15)
class AuthorizationSetup implements ApplicationRunner {

	static final String ANY = Authorization.ANY;

	private static final Logger log = LoggerFactory.getLogger(AuthorizationSetup.class);

	private final AuthorizationService authorizationService;

	private final UnitRegistry units;

	private final List<ProcessStarters> starters;

	AuthorizationSetup(AuthorizationService authorizationService, UnitRegistry units, List<ProcessStarters> starters) {
		this.authorizationService = authorizationService;
		this.units = units;
		this.starters = List.copyOf(starters);
	}

	@Override
	public void run(ApplicationArguments args) {
		grantManagement(Groups.MANAGEMENT);
		for (Unit unit : this.units.all()) {
			grantUnit(unit.groupId());
			grantUnit(unit.managerGroupId());
			for (ProcessStarters process : this.starters) {
				grantStart(unit.managerGroupId(), process.processKey());
				if (process.starters() == Starters.UNIT_STAFF_AND_MANAGERS) {
					grantStart(unit.groupId(), process.processKey());
				}
			}
		}
		log.info("Authorizations in place for management and {} units", this.units.all().size());
	}

	private void grantManagement(String group) {
		grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
				ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
				ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
				ProcessDefinitionPermissions.UPDATE_TASK, ProcessDefinitionPermissions.TASK_WORK,
				ProcessDefinitionPermissions.TASK_ASSIGN, ProcessDefinitionPermissions.READ_HISTORY);
		grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE, Permissions.READ, Permissions.UPDATE);
		grant(group, Resources.TASK, ANY, TaskPermissions.READ, TaskPermissions.UPDATE, TaskPermissions.TASK_WORK,
				TaskPermissions.TASK_ASSIGN);
		grant(group, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
		grant(group, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
		grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
		grant(group, Resources.USER, ANY, Permissions.READ);
		grant(group, Resources.GROUP, ANY, Permissions.READ);
		grant(group, Resources.FILTER, ANY, Permissions.CREATE);
	}

	private void grantUnit(String group) {
		grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
		grant(group, Resources.GROUP, group, Permissions.READ);
		// Personal filters without expressions (ExpressionGuardFilter refuses those).
		grant(group, Resources.FILTER, ANY, Permissions.CREATE);
	}

	private void grantStart(String group, String processKey) {
		grant(group, Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ,
				ProcessDefinitionPermissions.CREATE_INSTANCE);
	}

	private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
		Authorization authorization = this.authorizationService.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.groupIdIn(group)
			.resourceType(resource)
			.resourceId(resourceId)
			.singleResult();
		boolean changed = false;
		if (authorization == null) {
			authorization = this.authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			authorization.setGroupId(group);
			authorization.setResource(resource);
			authorization.setResourceId(resourceId);
			changed = true;
		}
		for (Permission permission : permissions) {
			if (!authorization.isPermissionGranted(permission)) {
				authorization.addPermission(permission);
				changed = true;
			}
		}
		if (changed) {
			this.authorizationService.saveAuthorization(authorization);
		}
	}

}
