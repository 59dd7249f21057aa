package cn.statenforce.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import cn.statenforce.activity.ActivityLog;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;

/**
 * The 全过程记录 names the actor the acting service passes, never the signed-in user looked up on the way: the
 * recording classes ({@code audit}, {@code activity}) do not read the security context; outside the web edge
 * ({@code ..web..} controllers and the {@code system} filters) nothing that writes the record reads it; and no method
 * that writes the record or builds a person's {@link AuditActor} takes the person from the security context. (The
 * context-reading {@code ActivityLog.record(bureauId, …)} no longer exists, so the compiler proves every call
 * passes an actor.)
 */
class AuditActorArchTest {

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("cn.statenforce");

	/** Controllers, page helpers and the security filters: where a request's user and address may be read. */
	static final String[] WEB_EDGE = { "cn.statenforce..web..", "cn.statenforce.system.." };

	static final Set<String> SECURITY_CONTEXT = Set.of(SecurityContextHolder.class.getName(), CurrentUsers.class.getName());

	@Test
	void recordingClassesDoNotReadTheSecurityContext() {
		noClasses().that().resideInAnyPackage("cn.statenforce.audit..", "cn.statenforce.activity..")
			.and().resideOutsideOfPackages("cn.statenforce.audit.web..")
			.should().dependOnClassesThat().haveFullyQualifiedName(SecurityContextHolder.class.getName())
			.orShould().dependOnClassesThat().haveFullyQualifiedName(CurrentUsers.class.getName())
			.because("the actor is passed in by the service that acted (AuditActor), so jobs and hand-overs record who or what acted")
			.check(CLASSES);
	}

	@Test
	void nothingThatWritesTheRecordReadsSecurityContextHolderOutsideTheWebEdge() {
		noClasses().that().resideOutsideOfPackages(WEB_EDGE)
			.and(writeTheRecord())
			.should().dependOnClassesThat().haveFullyQualifiedName(SecurityContextHolder.class.getName())
			.check(CLASSES);
	}

	@Test
	void noMethodTakesTheActorOfTheRecordFromTheSecurityContext() {
		actorFromServiceOnly().check(CLASSES);
	}

	/** The rule above can fail: a service that records with the signed-in user it looks up is reported. */
	@Test
	void theMethodRuleReportsAServiceThatLooksTheUserUp() {
		JavaClasses offending = new ClassFileImporter().importClasses(OffendingService.class);
		EvaluationResult result = actorFromServiceOnly().allowEmptyShould(true).evaluate(offending);
		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().getDetails()).anySatisfy(d -> assertThat(d).contains("recordStep"));
		assertThat(result.getFailureReport().getDetails()).noneSatisfy(d -> assertThat(d).contains("recordFor"));
	}

	static ArchRule actorFromServiceOnly() {
		return methods().that().areDeclaredInClassesThat().resideOutsideOfPackages(WEB_EDGE)
			.should(new ArchCondition<JavaMethod>("not read the signed-in user when it writes the 全过程记录 or builds an AuditActor") {
				@Override
				public void check(JavaMethod method, ConditionEvents events) {
					boolean writes = method.getMethodCallsFromSelf().stream().anyMatch(AuditActorArchTest::isAuditWrite);
					if (!writes) {
						return;
					}
					method.getAccessesFromSelf().stream().filter(a -> SECURITY_CONTEXT.contains(a.getTargetOwner().getName()))
						.forEach(a -> events.add(SimpleConditionEvent.violated(method,
								method.getFullName() + " records the signed-in user it reads (" + a.getDescription() + ")")));
				}
			})
			.because("services pass the CurrentUser they were handed (AuditActor.user), timers and jobs a named system actor");
	}

	private static boolean isAuditWrite(JavaAccess<?> call) {
		String owner = call.getTargetOwner().getName();
		String name = call.getName();
		return owner.equals(ActivityLog.class.getName()) && (name.equals("record") || name.equals("recordChange"))
				|| owner.equals(AuditTrail.class.getName()) && name.equals("append")
				|| owner.equals(AuditActor.class.getName()) && name.equals("user");
	}

	private static DescribedPredicate<JavaClass> writeTheRecord() {
		return DescribedPredicate.describe("write the 全过程记录", c -> c.getMethodCallsFromSelf().stream()
			.anyMatch(AuditActorArchTest::isAuditWrite));
	}

	/** A service written the old way (the actor looked up), beside one that takes the user it is handed. */
	static class OffendingService {

		ActivityLog activity;

		void recordStep(long bureauId) {
			activity.record(AuditActor.user(CurrentUsers.get()), bureauId, "INSPECTION", 1, "现场检查", null, null);
		}

		void recordFor(CurrentUser user, long bureauId) {
			activity.record(AuditActor.user(user), bureauId, "INSPECTION", 1, "现场检查", null, null);
		}

	}

}
