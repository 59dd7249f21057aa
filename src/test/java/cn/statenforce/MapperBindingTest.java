package cn.statenforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every mapper interface method has a statement (MyBatis only complains about unbound methods when called). */
@StatEnforceTest
class MapperBindingTest {

	@Autowired
	SqlSessionFactory sqlSessionFactory;

	@Test
	void shouldBindEveryMapperMethodToAStatement() {
		Configuration configuration = sqlSessionFactory.getConfiguration();
		List<String> unbound = new ArrayList<>();
		for (Class<?> mapper : configuration.getMapperRegistry().getMappers()) {
			for (Method m : mapper.getDeclaredMethods()) {
				if (m.isDefault() || m.isSynthetic() || java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
					continue;
				}
				if (!configuration.hasStatement(mapper.getName() + "." + m.getName())) {
					unbound.add(mapper.getSimpleName() + "." + m.getName());
				}
			}
		}
		assertThat(configuration.getMapperRegistry().getMappers()).isNotEmpty();
		assertThat(unbound).isEmpty();
	}

}
