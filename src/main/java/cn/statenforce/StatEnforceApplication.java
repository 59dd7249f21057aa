package cn.statenforce;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** StatEnforce (统计执法与整改工作流): enforcement cases and rectification for statistics bureaus. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StatEnforceApplication {

	public static void main(String[] args) {
		SpringApplication.run(StatEnforceApplication.class, args);
	}

}
