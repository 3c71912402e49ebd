package se.regionjh.reservrutin.units;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.regionjh.reservrutin.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class IdentitySetupTest {

	@Autowired
	IdentityService identityService;

	@Autowired
	FilterService filterService;

	@Autowired
	UnitRegistry units;

	@Test
	void everyConfiguredUnitBecomesAGroupBesideManagement() {
		assertThat(this.units.all()).isNotEmpty();
		assertThat(this.identityService.createGroupQuery().groupId(Groups.MANAGEMENT).count()).isEqualTo(1);
		for (Unit unit : this.units.all()) {
			assertThat(this.identityService.createGroupQuery().groupId(unit.groupId()).singleResult().getName())
				.isEqualTo(unit.name());
			assertThat(this.identityService.createGroupQuery().groupId(unit.managerGroupId()).count()).isEqualTo(1);
		}
	}

	@Test
	void demoUsersBelongToTheirGroupsAndCanLogIn() {
		assertThat(this.identityService.checkPassword("forvaltare", "demo")).isTrue();
		assertThat(this.identityService.createUserQuery().memberOfGroup(Groups.MANAGEMENT).userId("forvaltare").count())
			.isEqualTo(1);
		assertThat(this.identityService.createUserQuery()
			.memberOfGroup("unit-hc-ostersund-manager")
			.userId("chef-ostersund")
			.count()).isEqualTo(1);
		assertThat(this.identityService.createUserQuery()
			.memberOfGroup("unit-hc-ostersund")
			.userId("personal-krokom")
			.count()).isZero();
	}

	@Test
	void tasklistFiltersNameTheCandidateGroups() {
		Filter group = this.filterService.createFilterQuery().filterName("Min grupps uppgifter").singleResult();
		Filter overdue = this.filterService.createFilterQuery().filterName("Försenade").singleResult();
		assertThat(this.filterService.createFilterQuery().filterName("Mina uppgifter").count()).isEqualTo(1);
		assertThat(((TaskQueryImpl) group.getQuery()).getExpressions()).containsKey("taskCandidateGroupIn");
		assertThat(((TaskQueryImpl) overdue.getQuery()).getExpressions()).containsKeys("taskCandidateGroupIn",
				"dueBefore");
	}

	@Test
	void unitsAreFoundByServiceAndByGroup() {
		assertThat(this.units.unitIdsUsing(java.util.List.of("egen-provhantering"))).containsExactly("hc-krokom");
		assertThat(this.units.byGroupId("unit-hc-krokom-manager")).map(Unit::id).contains("hc-krokom");
		assertThat(this.units.byGroupId("forvaltning")).isEmpty();
	}

}
