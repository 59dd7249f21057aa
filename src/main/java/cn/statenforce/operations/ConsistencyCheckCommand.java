package cn.statenforce.operations;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import cn.statenforce.enforcementcase.CaseConsistency;

/**
 * The consistency check as a command (run it with the application stopped or beside running nodes; it only reads):
 * <pre>java -jar statenforce.jar --statenforce.consistency-check=true --server.port=0
 *     --camunda.bpm.job-execution.enabled=false [--spring.profiles.active=mysql]</pre>
 * prints one line per mismatch and a summary line and exits with 0 when everything agrees, 3 otherwise.
 */
@Component
@ConditionalOnProperty(name = "statenforce.consistency-check", havingValue = "true")
class ConsistencyCheckCommand implements ApplicationRunner {

	static final int MISMATCH_EXIT_CODE = 3;

	private final ConsistencyCheck check;

	private final ConfigurableApplicationContext context;

	ConsistencyCheckCommand(ConsistencyCheck check, ConfigurableApplicationContext context) {
		this.check = check;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		CaseConsistency.Report report = check.all();
		report.mismatches().forEach(m -> System.out.println("CONSISTENCY MISMATCH " + m));
		System.out.println("CONSISTENCY CHECK cases=" + report.casesChecked() + " instances=" + report.instancesChecked()
				+ " mismatches=" + report.mismatches().size());
		int code = report.consistent() ? 0 : MISMATCH_EXIT_CODE;
		System.exit(SpringApplication.exit(context, () -> code));
	}

}
