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
 * {@code process} packages are internal to it; MyBatis mappers are package-private.
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
