package se.regionjh.reservrutin.units;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes the Camunda groups match the unit registry on every start: management,
 * one group per unit and one for its manager. Demo users are added only when
 * the demo profile enables them. Idempotent, so several nodes may run it.
 */
@Component
@Order(10)
class IdentitySetup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

	private final IdentityService identityService;

	private final UnitRegistry units;

	private final DemoProperties demo;

	IdentitySetup(IdentityService identityService, UnitRegistry units, DemoProperties demo) {
		this.identityService = identityService;
		this.units = units;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.identityService.isReadOnly()) {
			log.info("Identity service is read-only (LDAP); groups are managed in the directory");
			return;
		}
		ensureGroup(Groups.MANAGEMENT, "Förvaltningen 1177 e-tjänster");
		ensureGroup(Groups.INTAKE, "Intagskonton (e-post, Teams)");
		for (Unit unit : this.units.all()) {
			ensureGroup(unit.groupId(), unit.name());
			ensureGroup(unit.managerGroupId(), "Enhetschef " + unit.name());
		}
		if (this.demo.enabled()) {
			this.demo.users().forEach(this::ensureDemoUser);
			log.info("Demo users present: {}", this.demo.users().size());
		}
	}

	private void ensureGroup(String id, String name) {
		Group group = this.identityService.createGroupQuery().groupId(id).singleResult();
		if (group == null) {
			group = this.identityService.newGroup(id);
			group.setType("WORKFLOW");
			group.setName(name);
			this.identityService.saveGroup(group);
			log.info("Created group {}", id);
		}
		else if (!name.equals(group.getName())) {
			group.setName(name);
			this.identityService.saveGroup(group);
		}
	}

	private void ensureDemoUser(DemoProperties.DemoUser demoUser) {
		User user = this.identityService.createUserQuery().userId(demoUser.id()).singleResult();
		if (user == null) {
			user = this.identityService.newUser(demoUser.id());
			user.setFirstName(demoUser.firstName());
			user.setLastName(demoUser.lastName());
			user.setEmail(demoUser.email());
			user.setPassword(this.demo.password());
			this.identityService.saveUser(user);
		}
		for (String groupId : demoUser.groups()) {
			boolean member = this.identityService.createUserQuery()
				.userId(demoUser.id())
				.memberOfGroup(groupId)
				.count() > 0;
			if (!member && this.identityService.createGroupQuery().groupId(groupId).count() > 0) {
				this.identityService.createMembership(demoUser.id(), groupId);
			}
		}
	}

}
