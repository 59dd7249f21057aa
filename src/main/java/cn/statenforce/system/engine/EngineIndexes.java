package cn.statenforce.system.engine;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's own schema lacks for what the engine itself asks on every step. Completing a task makes the
 * engine look for its sub-tasks ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}), and the engine's
 * schema has no index on that column (camunda/camunda#36824): every completion reads every open task of the
 * installation — 20,000 at a province's scale, which tripled the engine's SQL time per step in the benchmark. The
 * engine creates its tables after our Flyway migrations run, so the index cannot live there; it is added here once
 * the engine has built its schema, when it is missing (an index on the same leading column by any name counts). A
 * database account without the right to create indexes only logs what a DBA should add.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

	private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

	/** One index on the engine's tables. */
	record Index(String name, String table, String column) {

		String ddl() {
			return "CREATE INDEX " + name + " ON " + table + " (" + column + ")";
		}
	}

	static final List<Index> INDEXES = List.of(new Index("ACT_IDX_TASK_PARENT_TASK_ID", "ACT_RU_TASK", "PARENT_TASK_ID_"));

	@Override
	public void postProcessEngineBuild(ProcessEngine processEngine) {
		DataSource ds = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getDataSource();
		ensure(ds);
	}

	static void ensure(DataSource ds) {
		try (Connection c = ds.getConnection()) {
			for (Index i : INDEXES) {
				if (exists(c, i)) {
					continue;
				}
				try (Statement st = c.createStatement()) {
					st.execute(i.ddl());
					LOG.info("engine schema: created {}", i.ddl());
				}
				catch (SQLException e) {
					// another node starting at the same time may have created it
					if (!exists(c, i)) {
						LOG.warn("engine schema: could not run \"{}\" ({}); a DBA should add this index", i.ddl(), e.getMessage());
					}
				}
			}
		}
		catch (SQLException e) {
			LOG.warn("engine schema: could not check the engine's indexes ({})", e.getMessage());
		}
	}

	/** Whether the table has an index whose first column is the index's column. */
	static boolean exists(Connection c, Index i) throws SQLException {
		DatabaseMetaData md = c.getMetaData();
		for (String table : List.of(i.table(), i.table().toLowerCase(java.util.Locale.ROOT))) {
			try (ResultSet rs = md.getIndexInfo(c.getCatalog(), null, table, false, true)) {
				while (rs.next()) {
					if (rs.getShort("ORDINAL_POSITION") == 1 && i.column().equalsIgnoreCase(rs.getString("COLUMN_NAME"))) {
						return true;
					}
				}
			}
		}
		return false;
	}

}
