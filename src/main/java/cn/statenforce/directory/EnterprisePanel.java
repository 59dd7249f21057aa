package cn.statenforce.directory;

import org.springframework.ui.Model;

import cn.statenforce.organization.CurrentUser;

/**
 * A section another capability adds to a unit's directory page (e.g. its credit history) without the directory
 * knowing it: the page renders {@link #template()} (a whole template, inserted by name) after the unit's own
 * fields, with what {@link #populate} put on the model. The user may read the unit when this is called.
 */
public interface EnterprisePanel {

	/** Template name, e.g. {@code credit/enterprise-panel}. */
	String template();

	void populate(CurrentUser user, Enterprise enterprise, Model model);

}
