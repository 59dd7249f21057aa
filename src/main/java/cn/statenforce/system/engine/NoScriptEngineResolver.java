package cn.statenforce.system.engine;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;

/**
 * No script engine for any language (JUEL scripts included, whose script engine resolves without any of the
 * restrictions of expressions): models use delegates and expressions, never scripts.
 */
class NoScriptEngineResolver implements ScriptEngineResolver {

	private final ScriptEngineManager manager = new ScriptEngineManager(NoScriptEngineResolver.class.getClassLoader());

	@Override
	public void addScriptEngineFactory(ScriptEngineFactory factory) {
		// ignored: no script runs in this engine
	}

	@Override
	public ScriptEngineManager getScriptEngineManager() {
		return manager;
	}

	@Override
	public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
		throw new ProcessEngineException("scripts are disabled in this process engine (language " + language + ")");
	}

}
