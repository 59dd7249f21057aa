package cn.statenforce.system.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.statenforce.StatEnforceTest;

/**
 * The engine's sub-task look-up on every task completion ({@code ACT_RU_TASK.PARENT_TASK_ID_}) has an index once the
 * application has started (the engine's own schema has none, camunda/camunda#36824); a second start adds nothing.
 */
@StatEnforceTest
class EngineIndexesTest {

	@Autowired
	DataSource dataSource;

	@Test
	void shouldIndexTheSubTaskLookUpOfTheEngine() throws Exception {
		EngineIndexes.Index parent = new EngineIndexes.Index("ACT_IDX_TASK_PARENT_TASK_ID", "ACT_RU_TASK", "PARENT_TASK_ID_");
		assertThat(EngineIndexes.INDEXES).contains(parent);
		try (Connection c = dataSource.getConnection()) {
			assertThat(EngineIndexes.exists(c, parent)).isTrue();
			// a column nothing indexes is not taken for one
			assertThat(EngineIndexes.exists(c, new EngineIndexes.Index("X", "ACT_RU_TASK", "DESCRIPTION_"))).isFalse();
		}
		EngineIndexes.ensure(dataSource);
		try (Connection c = dataSource.getConnection();
				var rs = c.getMetaData().getIndexInfo(c.getCatalog(), null, "ACT_RU_TASK", false, true)) {
			int onParent = 0;
			while (rs.next()) {
				if ("PARENT_TASK_ID_".equalsIgnoreCase(rs.getString("COLUMN_NAME"))) {
					onParent++;
				}
			}
			assertThat(onParent).isEqualTo(1);
		}
	}

}
