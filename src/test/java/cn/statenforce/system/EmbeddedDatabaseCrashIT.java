package cn.statenforce.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.statenforce.WebTestSupport;

/**
 * Issue 8: on the embedded default (file-based H2 in ./data of a fresh working directory, exactly as
 * {@code java -jar} runs it) an acknowledged lead survives SIGKILL and its number is never handed out again.
 */
class EmbeddedDatabaseCrashIT {

	@Test
	void shouldKeepEveryAcknowledgedLeadAcrossSigkill() throws Exception {
		Path dir = Files.createTempDirectory("statenforce-crash-h2-");
		RunningApplication app = new RunningApplication(dir, Map.of(), List.of());
		try {
			LeadCrashScenario.Outcome outcome = LeadCrashScenario.run(app, "sysadmin", WebTestSupport.DEMO_PASSWORD);
			System.out.println("embedded H2 crash test: " + outcome);
		}
		finally {
			app.kill();
		}
	}

}
