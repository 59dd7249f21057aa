package cn.statenforce.system;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.statenforce.notification.NotificationService;
import cn.statenforce.organization.BureauService;
import cn.statenforce.organization.CurrentUser;
import cn.statenforce.organization.CurrentUsers;

/** Puts the signed-in user, their bureau, navigation, unread count and page banners on every page's model. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final List<NavItem> navItems;

	private final NotificationService notifications;

	private final BureauService bureaus;

	private final List<PageBanner> banners;

	LayoutAdvice(List<NavItem> navItems, NotificationService notifications, BureauService bureaus, List<PageBanner> banners) {
		this.navItems = navItems.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
		this.notifications = notifications;
		this.bureaus = bureaus;
		this.banners = banners;
	}

	@ModelAttribute
	void layout(org.springframework.ui.Model model, jakarta.servlet.http.HttpServletRequest request) {
		CurrentUser user = CurrentUsers.find().orElse(null);
		if (user == null) {
			return;
		}
		Map<String, List<NavItem>> sections = new LinkedHashMap<>();
		for (NavItem item : navItems) {
			if (item.visibleTo(user)) {
				sections.computeIfAbsent(item.section(), s -> new java.util.ArrayList<>()).add(item);
			}
		}
		model.addAttribute("me", user);
		model.addAttribute("myBureau", bureaus.bureau(user.bureauId()));
		model.addAttribute("navSections", sections);
		model.addAttribute("activeNavHref", activeHref(sections, request.getRequestURI().substring(request.getContextPath().length())));
		model.addAttribute("unreadCount", notifications.unreadCount(user.username()));
		model.addAttribute("banners", banners.stream().flatMap(b -> b.bannerFor(user).stream()).toList());
	}

	/** The menu item of the page: the longest href that is the path or a parent of it (the workbench only for "/"). */
	static String activeHref(Map<String, List<NavItem>> sections, String path) {
		String best = null;
		int bestLength = -1;
		for (List<NavItem> items : sections.values()) {
			for (NavItem item : items) {
				String href = item.href();
				int q = href.indexOf('?');
				String base = q < 0 ? href : href.substring(0, q);
				boolean matches = base.equals("/") ? path.equals("/") : path.equals(base) || path.startsWith(base + "/");
				if (matches && base.length() > bestLength) {
					best = href;
					bestLength = base.length();
				}
			}
		}
		return best;
	}

}
