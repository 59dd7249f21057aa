package cn.statenforce;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring configuration of the MariaDB integration tests ({@code *IT}, run by Failsafe): MySQL
 * Connector/J against 127.0.0.1:3306, a freshly recreated {@code statenforce_it} database, demo data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(MariaDbReset.class)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("mariadb")
public @interface StatEnforceMariaDbIT {
}
