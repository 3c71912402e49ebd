package se.regionjh.reservrutin.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/*.bpmn and forms/*.form under their bare file names, in a
 * deployment of a fixed name with duplicate filtering. Camunda's own
 * auto-deployment names resources by their path, which differs between
 * {@code spring-boot:run} and the jar and would create new versions whenever
 * both share a database; here only a changed file creates a new version.
 */
@Component
public class ProcessDeployment implements SmartInitializingSingleton {

	public static final String DEPLOYMENT_NAME = "reservrutin-1177";

	private static final String[] PATTERNS = { "classpath*:processes/*.bpmn", "classpath*:forms/*.form" };

	private static final Logger log = LoggerFactory.getLogger(ProcessDeployment.class);

	private final RepositoryService repositoryService;

	ProcessDeployment(RepositoryService repositoryService) {
		this.repositoryService = repositoryService;
	}

	@Override
	public void afterSingletonsInstantiated() {
		deploy();
	}

	/** Deploys what changed since the last deployment; returns how many definitions were created. */
	public int deploy() {
		DeploymentBuilder builder = this.repositoryService.createDeployment()
			.name(DEPLOYMENT_NAME)
			.source("reservrutin")
			.enableDuplicateFiltering(true);
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		int count = 0;
		try {
			for (String pattern : PATTERNS) {
				Resource[] resources = resolver.getResources(pattern);
				Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
				for (Resource resource : resources) {
					try (InputStream in = resource.getInputStream()) {
						builder.addInputStream(resource.getFilename(), in);
					}
					count++;
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read process resources", ex);
		}
		if (count == 0) {
			throw new IllegalStateException("No BPMN or form resources found on the classpath");
		}
		DeploymentWithDefinitions deployment = builder.deployWithResult();
		int created = deployment.getDeployedProcessDefinitions() == null ? 0
				: deployment.getDeployedProcessDefinitions().size();
		log.info("Deployed {} resources; {} new process definition versions", count, created);
		return created;
	}

}
