package cn.statenforce;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Package-by-capability rules: {@code shared} depends on no capability; a capability's {@code web} and
 * {@code process} packages (and anything else nested in it) are internal to it; engine services are called only
 * from {@code process} packages, {@code workbench} and {@code system}; MyBatis mappers are package-private.
 */
class ModularityTests {

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("cn.statenforce");

	@Test
	void sharedDependsOnNoCapability() {
		noClasses().that()
			.resideInAPackage("cn.statenforce.shared..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(capabilityPackages().stream().map(p -> p + "..").toArray(String[]::new))
			.check(CLASSES);
	}

	@Test
	void webAndProcessPackagesAreInternalToTheirCapability() {
		for (String capability : capabilityPackages()) {
			noClasses().that()
				.resideOutsideOfPackage(capability + "..")
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage(capability + ".web..", capability + ".process..")
				.allowEmptyShould(true)
				.check(CLASSES);
		}
	}

	/**
	 * The engine's services are called only from a capability's {@code process} package (its workflow gateway,
	 * delegates, listeners), from {@code workbench} (the shared task step, the task lists) and from {@code system}
	 * (engine configuration and policy): services, controllers and task forms go through their gateway.
	 */
	@Test
	void engineServicesOnlyInProcessPackagesWorkbenchAndSystem() {
		noClasses().that()
			.resideOutsideOfPackages("..process..", "cn.statenforce.workbench..", "cn.statenforce.system..")
			.should()
			.dependOnClassesThat()
			.belongToAnyOf(ENGINE_SERVICES)
			.because("engine calls belong in the capability's process/ gateway (or the shared task step)")
			.check(CLASSES);
	}

	/**
	 * A capability depends on another only through the other's root package (its services, their records and
	 * enums, its ports) or through {@code shared} (value types, {@code shared.handover}); nothing nested below
	 * another capability's root (web, process, identity, engine, …) is reachable from outside it.
	 */
	@Test
	void capabilitiesMeetOnlyThroughRootPackagesAndShared() {
		for (String capability : capabilityPackages()) {
			noClasses().that()
				.resideOutsideOfPackage(capability + "..")
				.should()
				.dependOnClassesThat(nestedBelow(capability))
				.allowEmptyShould(true)
				.check(CLASSES);
		}
	}

	private static com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> nestedBelow(
			String capability) {
		return com.tngtech.archunit.base.DescribedPredicate.describe("reside below " + capability,
				c -> c.getPackageName().startsWith(capability + "."));
	}

	private static final Class<?>[] ENGINE_SERVICES = { org.camunda.bpm.engine.TaskService.class,
			org.camunda.bpm.engine.RuntimeService.class, org.camunda.bpm.engine.HistoryService.class,
			org.camunda.bpm.engine.RepositoryService.class, org.camunda.bpm.engine.ManagementService.class,
			org.camunda.bpm.engine.FormService.class, org.camunda.bpm.engine.ProcessEngine.class };

	@Test
	void mappersAreNotPublic() {
		classes().that().areAnnotatedWith(org.apache.ibatis.annotations.Mapper.class).should().notBePublic().check(CLASSES);
	}

	private static Set<String> capabilityPackages() {
		Set<String> result = new TreeSet<>();
		CLASSES.forEach(c -> {
			String pkg = c.getPackageName();
			if (pkg.startsWith("cn.statenforce.") && !pkg.startsWith("cn.statenforce.shared")) {
				String rest = pkg.substring("cn.statenforce.".length());
				result.add("cn.statenforce." + (rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest));
			}
		});
		return result;
	}

}
