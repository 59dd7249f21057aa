package cn.statenforce.bench;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.statenforce.StatEnforceApplication;

/**
 * The application started inside the benchmark JVM on a bench database, for what must run through the services
 * (the template cases, the lifecycle benchmark, the captured list queries): production profile {@code mysql},
 * job executor off (the driver executes the asynchronous steps itself), every statement timed by
 * {@link SqlTimer}.
 */
final class BenchContext {

	private BenchContext() {
	}

	static ConfigurableApplicationContext start(String db, int port) {
		return new SpringApplicationBuilder(StatEnforceApplication.class)
			.profiles("mysql")
			.initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(SqlTimer.postProcessor()))
			.run("--spring.datasource.url=" + BenchDb.appUrl(db), "--spring.datasource.username=" + BenchDb.USER,
					"--spring.datasource.password=" + BenchDb.PASSWORD, "--server.port=" + port,
					"--camunda.bpm.job-execution.enabled=false", "--statenforce.demo-data.enabled=false",
					"--logging.file.name=", "--logging.structured.format.file=", "--logging.level.root=warn",
					"--logging.level.cn.statenforce=warn", "--spring.main.banner-mode=off",
					"--spring.datasource.hikari.maximum-pool-size=40");
	}

}
